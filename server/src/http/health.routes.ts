import type { DbHandle } from '@helpline/db';
import { restRoutes } from '@helpline/shared';
import type { Readiness } from '../modules/operations/readiness';
import { typedRouter } from './typed-router';

type Deps = { db: Pick<DbHandle, 'ping'>; readiness: Pick<Readiness, 'check'> };

/** `/api/health` (the database answers), and for proxies and process supervisors `/livez` and `/readyz`. */
export const healthRoutes = ({ db, readiness }: Deps) => {
  const { router, route } = typedRouter();
  route(restRoutes.health, async (_input, _req, res) => {
    try {
      await db.ping();
      res.json({ ok: true, db: 'ok' });
    } catch {
      res.status(503).json({ ok: false, db: 'unreachable' });
    }
  });
  route(restRoutes.livez, (_input, _req, res) => {
    res.set('Cache-Control', 'no-store').json({ ok: true });
  });
  route(restRoutes.readyz, async (_input, _req, res) => {
    const answer = await readiness.check();
    res
      .status(answer.ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json(answer);
  });
  return router;
};
