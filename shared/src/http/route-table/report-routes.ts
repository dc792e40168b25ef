import { z } from 'zod';
import { AuditEntry } from '../auth';
import { PeriodQuery } from '../common';
import { AuditListQuery, MissedReport, ReportSummaryAnswer } from '../reports';
import { SupervisorOverview } from '../supervisor';
import { restRoute } from './rest-route';

const report = { access: 'supervisor', query: PeriodQuery } as const;

/** What supervisors watch and count: the live overview, missed contacts, the yearly figures, exports, the audit log. */
export const reportRoutes = {
  overview: restRoute({
    method: 'GET',
    path: '/api/supervisor/overview',
    access: 'supervisor',
    answer: SupervisorOverview,
  }),
  missed: restRoute({ method: 'GET', path: '/api/supervisor/missed', ...report, answer: MissedReport }),
  summary: restRoute({ method: 'GET', path: '/api/reports/summary', ...report, answer: ReportSummaryAnswer }),
  exportContacts: restRoute({ method: 'GET', path: '/api/reports/export.csv', ...report }),
  exportReferrals: restRoute({ method: 'GET', path: '/api/reports/export-referrals.csv', ...report }),
  audit: restRoute({
    method: 'GET',
    path: '/api/audit',
    access: 'supervisor',
    query: AuditListQuery,
    answer: z.array(AuditEntry),
  }),
};
