import type { DbHandle } from '@helpline/db';
import { Router } from 'express';

export const healthRoutes = ({ db }: { db: Pick<DbHandle, 'ping'> }) =>
  Router().get('/api/health', async (_req, res) => {
    try {
      await db.ping();
      res.json({ ok: true, db: 'ok' });
    } catch {
      res.status(503).json({ ok: false, db: 'unreachable' });
    }
  });
