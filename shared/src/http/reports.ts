import { z } from 'zod';
import { plainText } from '../domain/plain-text';
import { ProgrammeId } from '../domain/programme';
import { MissedAnswer } from './cases';
import { Id, PeriodQuery } from './common';
import { ReportSummary } from './supervisor';

const count = z.number().int().min(0);
const rate = z.number().min(0).max(1).nullable();

/** Keys of `countersToday` in the supervisor overview (local day of Europe/Amsterdam). */
export const OverviewCounterKeys = [
  'requested',
  'answered',
  'missed',
  'outside-hours',
  'abandoned',
  'timed-out',
] as const;

/** Answered chats against every chat that was offered in opening hours and is no longer waiting. */
export const ServiceLevel = z.object({
  offered: count,
  answeredWithin1Minute: count,
  answeredWithin5Minutes: count,
  within1MinuteRate: rate,
  within5MinutesRate: rate,
});
export type ServiceLevel = z.infer<typeof ServiceLevel>;

export const Waits = z.object({ medianSeconds: z.number().nullable(), p90Seconds: z.number().nullable() });
export type Waits = z.infer<typeof Waits>;

/** One hour of the day (Europe/Amsterdam) and the outside-hours attempts that fell in it. */
export const OpenLongerHour = z.object({ hour: z.number().int().min(0).max(23), outsideHours: count });

/** GET /api/supervisor/missed: the protocol's answer plus service level, waits, a heat map and a suggestion. */
export const MissedReport = MissedAnswer.extend({
  programme: ProgrammeId.nullable(),
  from: z.string(),
  to: z.string(),
  /** [weekday 0 = Monday .. 6 = Sunday][hour 0..23], Europe/Amsterdam. */
  byWeekdayHour: z.array(z.array(count).length(24)).length(7),
  /** `items` holds at most this many, the latest first; `total` counts all. */
  itemsLimit: count,
  serviceLevel: ServiceLevel,
  waits: Waits,
  /**
   * The hours (at most 3, most attempts first) with the most outside-hours attempts: opening then would have caught
   * `caught` of them, `caughtRate` of all outside-hours attempts.
   */
  openLonger: z.object({ hours: z.array(OpenLongerHour), caught: count, caughtRate: rate }),
  /** Mailbox threads written in the period while the chat was closed: visitors who left a message instead. */
  mailboxInstead: count.optional(),
});
export type MissedReport = z.infer<typeof MissedReport>;
export const MissedQuery = PeriodQuery;
export type MissedQuery = z.infer<typeof MissedQuery>;

/** The protocol's summary plus service level; `previous` is the same-length period just before, for comparison. */
export const ReportSummaryPeriod = ReportSummary.extend({ serviceLevel: ServiceLevel });
export type ReportSummaryPeriod = z.infer<typeof ReportSummaryPeriod>;
export const ReportSummaryAnswer = ReportSummaryPeriod.extend({ previous: ReportSummaryPeriod });
export type ReportSummaryAnswer = z.infer<typeof ReportSummaryAnswer>;
export const ReportQuery = PeriodQuery;
export type ReportQuery = z.infer<typeof ReportQuery>;

/** Columns of /api/reports/export.csv before the tag dimensions (one column per dimension id, `;`-joined lists). */
export const ExportBaseColumns = [
  'id',
  'programme',
  'channel',
  'status',
  'at',
  'answeredAt',
  'endedAt',
  'waitedSeconds',
  'durationMinutes',
  'returning',
  'urgency',
] as const;

/**
 * Columns of /api/reports/export-referrals.csv: one row per referral made and per survey answer given in the period
 * (`record` says which); `contactId` is the `id` of the contact's row in export.csv. Never message text.
 */
export const ReferralExportColumns = [
  'record',
  'id',
  'programme',
  'contactId',
  'contactChannel',
  'at',
  'kind',
  'clinic',
  'clinicName',
  'appointmentAt',
  'status',
  'intendsTreatment',
  'rating',
  'feltBetter',
  'wouldRecommend',
] as const;

export const RetentionSetting = z.object({
  programme: ProgrammeId,
  retentionDays: z.number().int(),
  /** Conversations whose transcript would be shredded by a run now. */
  dueNow: count,
  shredded: count,
});
export type RetentionSetting = z.infer<typeof RetentionSetting>;
export const RetentionUpdate = z.strictObject({ retentionDays: z.number().int().min(1).max(3650) });
export type RetentionUpdate = z.infer<typeof RetentionUpdate>;

/**
 * GET /api/audit query; the answer is an array of AuditEntry (latest first), page `page` of `pageSize` (default
 * AUDIT_PAGE_SIZE), with the number of matching entries in the `X-Total-Count` header.
 */
export const AUDIT_PAGE_SIZE = 50;
export const AuditListQuery = PeriodQuery.omit({ programme: true }).extend({
  staffId: Id.optional(),
  action: plainText(1, 64).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(500).optional(),
});
export type AuditListQuery = z.infer<typeof AuditListQuery>;
