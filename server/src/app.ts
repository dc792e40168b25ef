import { createServer, type Server as HttpServer } from 'node:http';
import express, { type Express } from 'express';
import { Server as IoServer } from 'socket.io';
import type { AppDeps } from './deps';
import { answerCheck } from './http/answer-check';
import { createErrorHandler, notFoundHandler } from './http/error.middleware';
import { isOriginAllowed, originCheck } from './http/origin-check';
import { requestLog } from './http/request-log.middleware';
import { requestMetrics } from './http/request-metrics.middleware';
import { apiRoutes } from './http/routes';
import { securityHeaders } from './http/security-headers';
import { createSessionCookie } from './http/session-cookie';
import { webGate } from './http/web-gate';
import { createMetrics } from './metrics/metrics';
import { createMetricsListener } from './metrics/metrics-listener';
import { bindCare } from './modules/care/care-trigger';
import { createReadiness, type Readiness } from './modules/operations/readiness';
import { bindRouting } from './modules/routing/routing-trigger';
import { createPgAdapter } from './realtime/pg-adapter';
import { registerRealtime } from './realtime/register';
import { createServices } from './services';

export type App = {
  express: Express;
  http: HttpServer;
  io: IoServer;
  services: ReturnType<typeof createServices>;
  jobs: { runOnce: () => Promise<void> };
  /** Whether this process should be sent work (`/readyz`); `started()` once the boot checks passed. */
  readiness: Pick<Readiness, 'started' | 'check'>;
  /** Listens on `port`, and the metrics listener on its own port when HELPLINE_METRICS_PORT is set. */
  listen: (port: number, host: string) => Promise<number>;
  /** The metrics listener's port once listening; undefined when metrics are off. */
  metricsPort: () => number | undefined;
  /** SIGTERM's graceful way out (see `drain` below); resolves once everything is closed but the database. */
  drain: (withinMs: number) => Promise<void>;
  close: () => Promise<void>;
};

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** Builds the whole platform without listening, so tests start it on port 0. */
export const createApp = (deps: AppDeps): App => {
  const { env, logger, web } = deps;
  const metrics = env.HELPLINE_METRICS_PORT === undefined ? undefined : createMetrics(logger);
  const services = createServices(deps, { onBatch: metrics?.batchStored });
  const readiness = createReadiness({ db: deps.db });
  const stopRouting = bindRouting(services, (error) => logger.error({ err: error }, 'routing failed'));
  const stopCare = bindCare(services, (error) => logger.error({ err: error }, 'break suggestion failed'));
  const cookie = createSessionCookie({ secure: env.HELPLINE_SECURE_COOKIES });
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  // While draining, no connection is kept for another request: the next one goes to a process that serves.
  app.use((_req, res, next) => {
    if (readiness.isDraining()) res.set('Connection', 'close');
    next();
  });
  if (metrics) app.use(requestMetrics(metrics.request));
  app.use(securityHeaders({ allowedOrigins: env.HELPLINE_ALLOWED_ORIGINS, secure: env.HELPLINE_SECURE_COOKIES }));
  // The API only takes state-changing requests from this site: HELPLINE_ALLOWED_ORIGINS frame the embed and open
  // visitor sockets (allowRequest below), nothing else.
  app.use('/api', requestLog(logger), originCheck([]), express.json({ limit: '64kb' }));
  if (env.HELPLINE_CHECK_ANSWERS) app.use('/api', answerCheck);
  app.use(apiRoutes(services, { db: deps.db, readiness, clock: deps.clock, exitUrl: env.HELPLINE_EXIT_URL, cookie }));
  app.use('/api', notFoundHandler);
  // Metrics have a listener of their own (HELPLINE_METRICS_PORT): never here, not even as a page.
  app.use('/metrics', notFoundHandler);
  app.use(createErrorHandler(logger));
  if (web) app.use(webGate(web, services.clientKeys));

  const http = createServer(app);
  const io = new IoServer(http, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    // A draining process takes no new connection: the client tries again, elsewhere.
    allowRequest: (req, callback) =>
      callback(null, !readiness.isDraining() && isOriginAllowed(req, env.HELPLINE_ALLOWED_ORIGINS)),
  });
  // Several processes on one PostgreSQL share rooms through it; PGlite is one process, so the default adapter does.
  const pgAdapter = env.DATABASE_URL ? createPgAdapter(env.DATABASE_URL, logger) : null;
  if (pgAdapter) io.adapter(pgAdapter.adapter);
  const realtime = registerRealtime(io, services, logger, {
    trustProxy: env.HELPLINE_TRUST_PROXY,
    sessionTokenOf: cookie.read,
    manyProcesses: pgAdapter !== null,
    isServing: () => readiness.state() === 'serving',
    isOwnOrigin: (req) => isOriginAllowed(req, []),
    visitorsPerClient: env.HELPLINE_VISITORS_PER_CLIENT,
    visitorsPerProcess: env.HELPLINE_VISITORS_PER_PROCESS,
  });

  metrics?.watch({
    figures: services.liveFigures,
    connections: (namespace) => io.of(namespace).sockets.size,
    state: readiness.state,
  });
  const metricsListener = metrics ? createMetricsListener(metrics.registry, logger) : undefined;
  let metricsPort: number | undefined;

  const listen = async (port: number, host: string) => {
    const listening = await new Promise<number>((resolve, reject) => {
      http.once('error', reject);
      http.listen(port, host, () => {
        const address = http.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
    if (metricsListener && env.HELPLINE_METRICS_PORT !== undefined)
      metricsPort = await metricsListener.listen(env.HELPLINE_METRICS_PORT, env.HELPLINE_METRICS_HOST);
    return listening;
  };

  let closing: Promise<void> | undefined;
  // Once, whoever asks (a drain, then a test's cleanup).
  const close = () => {
    closing ??= (async () => {
      stopRouting();
      stopCare();
      realtime.stop();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      http.closeAllConnections();
      await web?.close();
      await pgAdapter?.close();
      await metricsListener?.close();
    })();
    return closing;
  };

  /**
   * SIGTERM: /readyz answers 503 from now on and the listener takes no new connection (a proxy sends the next request
   * to another process); the sends on their way are stored and answered over the sockets they came on; then every
   * socket's connection is closed, so its client reconnects to another process and resumes there (a send it had on its
   * way goes again with its clientId: the stored message is the answer); what came in meanwhile is stored before the
   * database closes. Requests still being answered get until `withinMs` after the start.
   */
  const drain = async (withinMs: number) => {
    const started = performance.now();
    readiness.draining();
    const connectionsEnded = new Promise<void>((resolve) => http.close(() => resolve()));
    await services.messages.flush();
    io.engine.close();
    await services.messages.flush();
    await Promise.race([connectionsEnded, delay(withinMs - (performance.now() - started))]);
    await close();
    await services.messages.flush();
  };

  return {
    express: app,
    http,
    io,
    services,
    jobs: realtime.jobs,
    readiness,
    listen,
    metricsPort: () => metricsPort,
    drain,
    close,
  };
};
