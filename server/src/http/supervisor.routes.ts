import { restRoutes } from '@helpline/shared';
import type { Clock } from '../clock';
import type { OverviewService } from '../modules/overview/overview.service';
import type { MissedService } from '../modules/reports/missed.service';
import { noStore, scopeOf } from './report-scope';
import type { RequireStaff } from './require-staff';
import { typedRouter } from './typed-router';

type Deps = { overview: OverviewService; missed: MissedService; requireStaff: RequireStaff };

/** The live overview and the missed contacts: supervisors only. */
export const supervisorRoutes = ({ overview, missed, requireStaff }: Deps, clock: Clock) => {
  const { router, route } = typedRouter(requireStaff);
  const options = { before: [noStore] };
  route(
    restRoutes.overview,
    async (_input, _req, res) => {
      res.json(await overview.overview());
    },
    options,
  );
  route(
    restRoutes.missed,
    async ({ query }, _req, res) => {
      res.json(await missed.report(scopeOf(query, clock)));
    },
    options,
  );
  return router;
};
