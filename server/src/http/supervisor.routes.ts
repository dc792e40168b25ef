import { Router } from 'express';
import type { Clock } from '../clock';
import type { HttpContext } from './context';
import { noStore, scopeOf } from './report-scope';

/** The live overview and the missed contacts: supervisors only. */
export const supervisorRoutes = ({ overview, missed, requireStaff }: HttpContext, clock: Clock) => {
  const supervisor = requireStaff({ role: 'supervisor' });
  return Router()
    .get('/api/supervisor/overview', supervisor, noStore, async (_req, res) => {
      res.json(await overview.overview());
    })
    .get('/api/supervisor/missed', supervisor, noStore, async (req, res) => {
      res.json(await missed.report(scopeOf(req.query, clock)));
    });
};
