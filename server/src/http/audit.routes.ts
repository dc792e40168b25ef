import { AUDIT_PAGE_SIZE, parsePeriod, restRoutes } from '@helpline/shared';
import type { Clock } from '../clock';
import type { AuditService } from '../modules/audit/audit.service';
import { noStore } from './report-scope';
import type { RequireStaff } from './require-staff';
import { typedRouter } from './typed-router';

type Deps = { audit: AuditService; requireStaff: RequireStaff };

/** The audit log, filtered by period, staff member and action, a page at a time (total in X-Total-Count). */
export const auditRoutes = ({ audit, requireStaff }: Deps, clock: Clock) => {
  const { router, route } = typedRouter(requireStaff);
  route(
    restRoutes.audit,
    async ({ query }, _req, res) => {
      const period = parsePeriod(query, clock.now());
      const filter = {
        ...period,
        ...(query.staffId ? { staffId: query.staffId } : {}),
        ...(query.action ? { action: query.action } : {}),
      };
      const pageSize = query.pageSize ?? AUDIT_PAGE_SIZE;
      const { entries, total } = await audit.list(filter, query.page ?? 1, pageSize);
      res.setHeader('X-Total-Count', String(total));
      res.setHeader('X-Page-Size', String(pageSize));
      res.json(entries);
    },
    { before: [noStore] },
  );
  return router;
};
