import { createServer, type Server as HttpServer } from 'node:http';
import express, { type Express } from 'express';
import { Server as IoServer } from 'socket.io';
import type { AppDeps } from './deps';
import { createErrorHandler, notFoundHandler } from './http/error.middleware';
import { isOriginAllowed, originCheck } from './http/origin-check';
import { requestLog } from './http/request-log.middleware';
import { apiRoutes } from './http/routes';
import { securityHeaders } from './http/security-headers';
import { createSessionCookie } from './http/session-cookie';
import { webGate } from './http/web-gate';
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
  listen: (port: number, host: string) => Promise<number>;
  close: () => Promise<void>;
};

/** Builds the whole platform without listening, so tests start it on port 0. */
export const createApp = (deps: AppDeps): App => {
  const { env, logger, web } = deps;
  const services = createServices(deps);
  const stopRouting = bindRouting(services, (error) => logger.error({ err: error }, 'routing failed'));
  const cookie = createSessionCookie({ secure: env.HELPLINE_SECURE_COOKIES });
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(securityHeaders({ allowedOrigins: env.HELPLINE_ALLOWED_ORIGINS, secure: env.HELPLINE_SECURE_COOKIES }));
  // The API only takes state-changing requests from this site: HELPLINE_ALLOWED_ORIGINS frame the embed and open
  // visitor sockets (allowRequest below), nothing else.
  app.use('/api', requestLog(logger), originCheck([]), express.json({ limit: '64kb' }));
  app.use(apiRoutes(services, { db: deps.db, clock: deps.clock, exitUrl: env.HELPLINE_EXIT_URL, cookie }));
  app.use('/api', notFoundHandler);
  app.use(createErrorHandler(logger));
  if (web) app.use(webGate(web, services.clientKeys));

  const http = createServer(app);
  const io = new IoServer(http, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    allowRequest: (req, callback) => callback(null, isOriginAllowed(req, env.HELPLINE_ALLOWED_ORIGINS)),
  });
  // Several processes on one PostgreSQL share rooms through it; PGlite is one process, so the default adapter does.
  const pgAdapter = env.DATABASE_URL ? createPgAdapter(env.DATABASE_URL, logger) : null;
  if (pgAdapter) io.adapter(pgAdapter.adapter);
  const realtime = registerRealtime(io, services, logger, {
    trustProxy: env.HELPLINE_TRUST_PROXY,
    sessionTokenOf: cookie.read,
    manyProcesses: pgAdapter !== null,
    isOwnOrigin: (req) => isOriginAllowed(req, []),
    visitorsPerClient: env.HELPLINE_VISITORS_PER_CLIENT,
    visitorsPerProcess: env.HELPLINE_VISITORS_PER_PROCESS,
  });

  const listen = (port: number, host: string) =>
    new Promise<number>((resolve, reject) => {
      http.once('error', reject);
      http.listen(port, host, () => {
        const address = http.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });

  const close = async () => {
    stopRouting();
    realtime.stop();
    await new Promise<void>((resolve) => io.close(() => resolve()));
    http.closeAllConnections();
    await web?.close();
    await pgAdapter?.close();
  };

  return { express: app, http, io, services, jobs: realtime.jobs, listen, close };
};
