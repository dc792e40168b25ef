import { type Response, Router } from 'express';
import type { Clock } from '../clock';
import type { ExportService } from '../modules/reports/export.service';
import { lastDayOf, localDayOf } from '../modules/reports/local-time';
import type { Scope } from '../modules/reports/scope';
import type { SummaryService } from '../modules/reports/summary.service';
import { noStore, scopeOf } from './report-scope';
import type { RequireStaff } from './require-staff';

type Deps = { summary: SummaryService; exports: ExportService; requireStaff: RequireStaff };

/** `contacts-all-2025-01-01-2025-12-31.csv`: the period's first and last local day (`to` itself is not in it). */
const fileName = (kind: string, scope: Scope) =>
  `${kind}-${scope.programme ?? 'all'}-${localDayOf(scope.from)}-${lastDayOf(scope)}.csv`;

const sendCsv = (res: Response, name: string, body: string) => {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.send(body);
};

/** The yearly figures, the per-contact export and the referrals-and-surveys export: supervisors only. */
export const reportRoutes = ({ summary, exports, requireStaff }: Deps, clock: Clock) => {
  const supervisor = requireStaff({ role: 'supervisor' });
  return Router()
    .get('/api/reports/summary', supervisor, noStore, async (req, res) => {
      res.json(await summary.summary(scopeOf(req.query, clock)));
    })
    .get('/api/reports/export.csv', supervisor, noStore, async (req, res) => {
      const scope = scopeOf(req.query, clock);
      sendCsv(res, fileName('contacts', scope), await exports.csv(scope));
    })
    .get('/api/reports/export-referrals.csv', supervisor, noStore, async (req, res) => {
      const scope = scopeOf(req.query, clock);
      sendCsv(res, fileName('referrals-surveys', scope), await exports.referralsCsv(scope));
    });
};
