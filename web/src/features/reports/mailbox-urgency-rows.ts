import { allUrgencies, isUrgent, type ProgrammeId, urgencyOf } from '@helpline/shared';
import type { ReportSummaryAnswer } from '@helpline/shared/http';
import type { Text } from '~/i18n/text';
import { numberOf } from '../supervisor/format';
import { formatSeconds } from './format-seconds';

/** One figure of the period beside the previous one, both as shown. */
export type FigureRow = { id: string; label: string; now: string; before: string };
type Period = Pick<ReportSummaryAnswer, 'mailbox' | 'chats' | 'waits'>;

/** Hours to an answer as people read them: "5,5 u", "–" when nothing was answered. */
export const formatHours = (hours: number | null, t: Text<'reports.summary'>, locale: string) =>
  hours === null
    ? '–'
    : t('hoursValue', { hours: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(hours) });

/** The mailbox of the period: threads received and answered, hours to the first answer, and how many ran late. */
export const mailboxRows = (s: ReportSummaryAnswer, t: Text<'reports.summary'>, locale: string): FigureRow[] => {
  const n = (v: number) => numberOf(v, locale);
  const row = (id: string, label: string, of: (p: Period) => string) => ({
    id,
    label,
    now: of(s),
    before: of(s.previous),
  });
  return [
    row('received', t('mailbox.received'), (p) => n(p.mailbox.received)),
    row('answered', t('mailbox.answered'), (p) => n(p.mailbox.answered)),
    row('median', t('mailbox.median'), (p) => formatHours(p.mailbox.medianReplyHours, t, locale)),
    row('p90', t('mailbox.p90'), (p) => formatHours(p.mailbox.p90ReplyHours, t, locale)),
    row('overdue', t('mailbox.overdue'), (p) => n(p.mailbox.overdue)),
  ];
};

/** The urgent values of the programme (or of both), most urgent first; `none` is not counted as urgent. */
export const urgentValuesOf = (programme: ProgrammeId | null) =>
  (programme ? urgencyOf(programme) : allUrgencies).filter((v) => isUrgent(v));

/** Urgent chats requested in the period, per value, in words; a value this page has no words for shows its id. */
export const urgentRows = (
  s: ReportSummaryAnswer,
  programme: ProgrammeId | null,
  t: Text<'reports.summary'>,
  locale: string,
) =>
  urgentValuesOf(programme).map((value) => {
    const key = `urgency.values.${value}` as Parameters<typeof t>[0];
    const count = (p: Period) => p.chats.urgent?.[value] ?? 0;
    return {
      id: value,
      label: t.has(key) ? t(key) : value,
      value: count(s),
      previous: count(s.previous),
      now: numberOf(count(s), locale),
      before: numberOf(count(s.previous), locale),
    };
  });

/** The waits of answered urgent chats beside the others' (median and 90th percentile), this period and the previous. */
export const urgentWaitRows = (s: ReportSummaryAnswer, t: Text<'reports.summary'>): FigureRow[] =>
  (['urgent', 'other'] as const).flatMap((group) =>
    (['medianSeconds', 'p90Seconds'] as const).map((figure) => ({
      id: `${group}-${figure}`,
      label: t(`urgency.waits.${group}.${figure}`),
      now: formatSeconds(s.waits[group]?.[figure] ?? null),
      before: formatSeconds(s.previous.waits[group]?.[figure] ?? null),
    })),
  );
