import { createServer } from 'node:http';
import type { Registry } from 'prom-client';
import type { Logger } from '../logger';

/**
 * The Prometheus endpoint on a listener of its own (HELPLINE_METRICS_HOST:HELPLINE_METRICS_PORT), so the public port
 * never serves it: `GET /metrics`, nothing else.
 */
export const createMetricsListener = (registry: Registry, logger: Logger) => {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
      (error: unknown) => {
        logger.error({ err: error }, 'metrics scrape failed');
        res.writeHead(500, { 'content-type': 'text/plain' }).end('Metrics unavailable\n');
      },
    );
  });
  return {
    listen: (port: number, host: string) =>
      new Promise<number>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
