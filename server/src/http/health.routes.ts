import type { DbHandle } from '@helpline/db';
import { restRoutes } from '@helpline/shared';
import { typedRouter } from './typed-router';

export const healthRoutes = ({ db }: { db: Pick<DbHandle, 'ping'> }) => {
  const { router, route } = typedRouter();
  route(restRoutes.health, async (_input, _req, res) => {
    try {
      await db.ping();
      res.json({ ok: true, db: 'ok' });
    } catch {
      res.status(503).json({ ok: false, db: 'unreachable' });
    }
  });
  return router;
};
