import { dimensionsOf, isUrgent, type ProgrammeId, urgencyOf, valuesOf } from '@helpline/shared';
import type { Dataset } from './report-dataset';

/** The figures a report should show, counted in plain JavaScript over the generated arrays (never through SQL). */
export type Window = { programme: ProgrammeId | null; from: Date; to: Date };

const within = (w: Window, programme: ProgrammeId, at: Date) =>
  (w.programme === null || w.programme === programme) && at >= w.from && at < w.to;
const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** Interpolated percentile, as a spreadsheet's PERCENTILE.INC computes it. */
export const percentile = (values: number[], p: number) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const lower = sorted[low] ?? 0;
  const upper = sorted[Math.min(low + 1, sorted.length - 1)] ?? lower;
  return lower + (upper - lower) * (rank - low);
};

const amsterdam = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  hourCycle: 'h23',
  weekday: 'short',
});
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** Hour of the day and weekday (0 = Monday) on a clock in Amsterdam. */
export const localHourAndWeekday = (at: Date) => {
  const parts = amsterdam.formatToParts(at);
  return {
    hour: Number(parts.find((p) => p.type === 'hour')?.value),
    weekday: WEEKDAYS.indexOf(parts.find((p) => p.type === 'weekday')?.value ?? ''),
  };
};

const chatFigures = (data: Dataset, w: Window) => {
  const chats = data.chats.filter((c) => within(w, c.programme, c.queuedAt));
  const answered = chats.filter((c) => c.startedAt !== null);
  const waitsOf = (list: typeof answered) => {
    const seconds = list.map((c) => c.waitedSeconds ?? 0);
    return { medianSeconds: percentile(seconds, 0.5), p90Seconds: percentile(seconds, 0.9) };
  };
  const offered = chats.filter((c) => c.status !== 'queued');
  const within1 = answered.filter((c) => (c.waitedSeconds ?? 0) <= 60).length;
  const within5 = answered.filter((c) => (c.waitedSeconds ?? 0) <= 300).length;
  return {
    chats,
    answered,
    waits: waitsOf(answered),
    urgentWaits: {
      urgent: waitsOf(answered.filter((c) => isUrgent(c.urgency))),
      other: waitsOf(answered.filter((c) => !isUrgent(c.urgency))),
    },
    serviceLevel: {
      offered: offered.length,
      answeredWithin1Minute: within1,
      answeredWithin5Minutes: within5,
      within1MinuteRate: share(within1, offered.length),
      within5MinutesRate: share(within5, offered.length),
    },
  };
};

export const expectedSummary = (data: Dataset, w: Window) => {
  const { chats, answered, waits, urgentWaits, serviceLevel } = chatFigures(data, w);
  const urgent: Record<string, number> = {};
  for (const programme of w.programme ? [w.programme] : (['helpwanted', 'stopitnow'] as const))
    for (const value of urgencyOf(programme).filter(isUrgent)) urgent[value] = 0;
  for (const c of chats) if (isUrgent(c.urgency)) urgent[c.urgency] = (urgent[c.urgency] ?? 0) + 1;
  const missed = data.missed.filter((m) => within(w, m.programme, m.at));
  const missedOf = (kind: string) => missed.filter((m) => m.kind === kind).length;
  const logged = data.logged.filter((k) => within(w, k.programme, k.at));
  const byChannel = {
    chat: answered.length,
    phone: logged.filter((k) => k.channel === 'phone').length,
    email: logged.filter((k) => k.channel === 'email').length,
    mailbox: 0,
  };
  const rootOf = new Map(data.visitors.map((v) => [v.id, v.linkedVisitorId ?? v.id]));
  const people = new Map<string, { n: number; cameBack: boolean }>();
  for (const c of chats) {
    const person = rootOf.get(c.visitorId) ?? c.visitorId;
    const seen = people.get(person) ?? { n: 0, cameBack: false };
    people.set(person, { n: seen.n + 1, cameBack: seen.cameBack || c.returning });
  }
  const repeat = [...people.values()].filter((p) => p.n > 1 || p.cameBack).length;

  const tags: Record<string, Record<string, number>> = {};
  const count = (dimension: string, value: string, n: number) => {
    const counts = tags[dimension] ?? {};
    counts[value] = (counts[value] ?? 0) + n;
    tags[dimension] = counts;
  };
  for (const programme of w.programme ? [w.programme] : (['helpwanted', 'stopitnow'] as const))
    for (const dimension of dimensionsOf(programme))
      for (const value of Object.keys(valuesOf(dimension))) count(dimension.id, value, 0);
  for (const item of [...answered, ...logged])
    for (const [dimension, value] of Object.entries(item.tags))
      for (const one of Array.isArray(value) ? value : [value]) count(dimension, one, 1);
  tags.channel = { ...byChannel };

  const referrals = data.referrals.filter((r) => within(w, r.programme, r.createdAt));
  const appointments = referrals.filter((r) => r.kind === 'call-appointment');
  const programmeOf = new Map(data.chats.map((c) => [c.id, c.programme]));
  const surveys = data.surveys.filter((s) => within(w, programmeOf.get(s.conversationId) ?? 'helpwanted', s.createdAt));
  const answeredQuestion = (key: 'feltBetter' | 'wouldRecommend') => surveys.filter((s) => s[key] !== null);
  return {
    programme: w.programme,
    from: w.from.toISOString(),
    to: w.to.toISOString(),
    contacts: { total: byChannel.chat + byChannel.phone + byChannel.email, byChannel },
    // The dataset has no mailbox threads (their figures are tested in mailbox-reports.int.test.ts).
    mailbox: { received: 0, answered: 0, medianReplyHours: null, p90ReplyHours: null, overdue: 0 },
    chats: {
      requested: chats.length + missedOf('outside-hours'),
      answered: answered.length,
      missed: {
        'outside-hours': missedOf('outside-hours'),
        abandoned: missedOf('abandoned'),
        'timed-out': missedOf('timed-out'),
      },
      urgent,
    },
    uniqueVisitors: people.size,
    repeatContactRate: share(repeat, people.size),
    waits: { ...waits, ...urgentWaits },
    serviceLevel,
    tags,
    referrals: {
      planned: appointments.length,
      called: appointments.filter((r) => r.status === 'called').length,
      noShow: appointments.filter((r) => r.status === 'no-show').length,
      cancelled: appointments.filter((r) => r.status === 'cancelled').length,
      intendsTreatment: appointments.filter((r) => r.intendsTreatment === 'yes').length,
      otherClinicDetails: referrals.filter((r) => r.kind === 'other-clinic-details').length,
    },
    survey: {
      responses: surveys.length,
      satisfiedRate: share(surveys.filter((s) => s.rating >= 4).length, surveys.length),
      feltBetterRate: share(
        answeredQuestion('feltBetter').filter((s) => s.feltBetter).length,
        answeredQuestion('feltBetter').length,
      ),
      wouldRecommendRate: share(
        answeredQuestion('wouldRecommend').filter((s) => s.wouldRecommend).length,
        answeredQuestion('wouldRecommend').length,
      ),
    },
    // Nor break suggestions or debriefs (their figures are tested in break-reminder.int.test.ts).
    care: { breakReminders: 0, breakRemindersByReason: { stretch: 0, heavy: 0 }, debriefsRequested: 0 },
  };
};

export const expectedMissed = (data: Dataset, w: Window, itemsLimit: number) => {
  const missed = data.missed.filter((m) => within(w, m.programme, m.at));
  const byHour = Array<number>(24).fill(0);
  const byWeekday = Array<number>(7).fill(0);
  const byWeekdayHour = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  const outsideByHour = Array<number>(24).fill(0);
  for (const m of missed) {
    const { hour, weekday } = localHourAndWeekday(m.at);
    byHour[hour] = (byHour[hour] ?? 0) + 1;
    byWeekday[weekday] = (byWeekday[weekday] ?? 0) + 1;
    const row = byWeekdayHour[weekday] as number[];
    row[hour] = (row[hour] ?? 0) + 1;
    if (m.kind === 'outside-hours') outsideByHour[hour] = (outsideByHour[hour] ?? 0) + 1;
  }
  const outside = missed.filter((m) => m.kind === 'outside-hours').length;
  const hours = outsideByHour
    .map((outsideHours, hour) => ({ hour, outsideHours }))
    .filter((h) => h.outsideHours > 0)
    .sort((a, b) => b.outsideHours - a.outsideHours || a.hour - b.hour)
    .slice(0, 3);
  const caught = hours.reduce((s, h) => s + h.outsideHours, 0);
  const latest = [...missed]
    .sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1))
    .slice(0, itemsLimit)
    .map((m) => ({
      id: m.id,
      programme: m.programme,
      kind: m.kind,
      at: m.at.toISOString(),
      waitedSeconds: m.waitedSeconds,
    }));
  const { waits, serviceLevel } = chatFigures(data, w);
  return {
    programme: w.programme,
    from: w.from.toISOString(),
    to: w.to.toISOString(),
    total: missed.length,
    mailboxInstead: 0,
    byKind: {
      'outside-hours': outside,
      abandoned: missed.filter((m) => m.kind === 'abandoned').length,
      'timed-out': missed.filter((m) => m.kind === 'timed-out').length,
    },
    byHour,
    byWeekday,
    byWeekdayHour,
    items: latest,
    itemsLimit,
    serviceLevel,
    waits,
    openLonger: { hours, caught, caughtRate: share(caught, outside) },
  };
};
