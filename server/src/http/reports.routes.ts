import { restRoutes } from '@helpline/shared';
import type { Response } from 'express';
import type { Clock } from '../clock';
import type { ExportService } from '../modules/reports/export.service';
import { lastDayOf, localDayOf } from '../modules/reports/local-time';
import type { Scope } from '../modules/reports/scope';
import type { SummaryService } from '../modules/reports/summary.service';
import { noStore, scopeOf } from './report-scope';
import type { RequireStaff } from './require-staff';
import { typedRouter } from './typed-router';

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
  const { router, route } = typedRouter(requireStaff);
  const options = { before: [noStore] };
  route(
    restRoutes.summary,
    async ({ query }, _req, res) => {
      res.json(await summary.summary(scopeOf(query, clock)));
    },
    options,
  );
  route(
    restRoutes.exportContacts,
    async ({ query }, _req, res) => {
      const scope = scopeOf(query, clock);
      sendCsv(res, fileName('contacts', scope), await exports.csv(scope));
    },
    options,
  );
  route(
    restRoutes.exportReferrals,
    async ({ query }, _req, res) => {
      const scope = scopeOf(query, clock);
      sendCsv(res, fileName('referrals-surveys', scope), await exports.referralsCsv(scope));
    },
    options,
  );
  return router;
};
