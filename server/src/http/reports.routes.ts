import { Router } from 'express';
import type { Clock } from '../clock';
import { REPORT_ZONE } from '../modules/reports/scope';
import type { HttpContext } from './context';
import { noStore, scopeOf } from './report-scope';

/** YYYY-MM-DD on the local calendar, for the file name. */
const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: REPORT_ZONE }).format(d);

/** The yearly figures and the per-contact export: supervisors only. */
export const reportRoutes = ({ summary, exports, requireStaff }: HttpContext, clock: Clock) => {
  const supervisor = requireStaff({ role: 'supervisor' });
  return Router()
    .get('/api/reports/summary', supervisor, noStore, async (req, res) => {
      res.json(await summary.summary(scopeOf(req.query, clock)));
    })
    .get('/api/reports/export.csv', supervisor, noStore, async (req, res) => {
      const scope = scopeOf(req.query, clock);
      const name = `contacts-${scope.programme ?? 'all'}-${day(scope.from)}-${day(scope.to)}.csv`;
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
      res.send(await exports.csv(scope));
    });
};
