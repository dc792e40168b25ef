import { AUDIT_PAGE_SIZE, AuditListQuery, parsePeriod } from '@helpline/shared';
import { Router } from 'express';
import type { Clock } from '../clock';
import { parseInput } from '../errors';
import type { AuditService } from '../modules/audit/audit.service';
import { noStore } from './report-scope';
import type { RequireStaff } from './require-staff';

type Deps = { audit: AuditService; requireStaff: RequireStaff };

/** The audit log, filtered by period, staff member and action, a page at a time (total in X-Total-Count). */
export const auditRoutes = ({ audit, requireStaff }: Deps, clock: Clock) =>
  Router().get('/api/audit', requireStaff({ role: 'supervisor' }), noStore, async (req, res) => {
    const query = parseInput(AuditListQuery, req.query);
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
  });
