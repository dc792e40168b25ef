import { Router } from 'express';
import type { Clock } from '../clock';
import type { OverviewService } from '../modules/overview/overview.service';
import type { MissedService } from '../modules/reports/missed.service';
import { noStore, scopeOf } from './report-scope';
import type { RequireStaff } from './require-staff';

type Deps = { overview: OverviewService; missed: MissedService; requireStaff: RequireStaff };

/** The live overview and the missed contacts: supervisors only. */
export const supervisorRoutes = ({ overview, missed, requireStaff }: Deps, clock: Clock) => {
  const supervisor = requireStaff({ role: 'supervisor' });
  return Router()
    .get('/api/supervisor/overview', supervisor, noStore, async (_req, res) => {
      res.json(await overview.overview());
    })
    .get('/api/supervisor/missed', supervisor, noStore, async (req, res) => {
      res.json(await missed.report(scopeOf(req.query, clock)));
    });
};
