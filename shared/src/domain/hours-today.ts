import { DateTime } from 'luxon';
import { z } from 'zod';
import { type HoursException, openState, type ProgrammeHours } from './hours';

const ClosingTime = z.union([z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM'), z.literal('24:00')]);

/**
 * POST /api/programmes/:id/hours/today: open now until a time today (`until`), or keep today's opening `longerMinutes`
 * longer. Either way it becomes today's dated exception, as if set on the hours page.
 */
export const HoursToday = z
  .strictObject({
    until: ClosingTime.optional(),
    longerMinutes: z.number().int().min(15).max(240).optional(),
  })
  .refine((b) => (b.until === undefined) !== (b.longerMinutes === undefined), {
    message: 'give until or longerMinutes, one of them',
    path: ['until'],
  });
export type HoursToday = z.infer<typeof HoursToday>;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmmOf = (minutes: number) =>
  minutes >= 1440
    ? '24:00'
    : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Today's opening periods as the hours say: the dated exception when there is one, the weekly periods otherwise. */
export const periodsOfDay = (hours: ProgrammeHours, date: string): { opens: string; closes: string }[] => {
  const exception = hours.exceptions.find((e) => e.date === date);
  if (exception)
    return exception.closed || !exception.opens || !exception.closes
      ? []
      : [{ opens: exception.opens, closes: exception.closes }];
  const weekday = DateTime.fromISO(date, { zone: hours.timezone }).weekday;
  return hours.weekly
    .filter((w) => w.weekday === weekday)
    .map(({ opens, closes }) => ({ opens, closes }))
    .sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens));
};

export type TodayChange =
  | { ok: true; exception: HoursException }
  | { ok: false; field: 'until' | 'longerMinutes'; reason: string };

/**
 * Today's exception after "open now until ..." or "... minutes longer": one opening from the earlier of now and
 * today's first opening, to the later of the asked time and today's last closing (an exception holds one period, so
 * today's later periods are kept by joining them). Refused when the time is not later than now, or when there is no
 * opening today to extend (or it runs past midnight).
 */
export const todayChange = (hours: ProgrammeHours, at: Date, change: HoursToday): TodayChange => {
  const local = DateTime.fromJSDate(at, { zone: hours.timezone });
  const date = local.toFormat('yyyy-MM-dd');
  const now = local.hour * 60 + local.minute;
  const periods = periodsOfDay(hours, date);
  let target: number;
  if (change.until !== undefined) {
    target = minutesOf(change.until);
    if (target <= now) return { ok: false, field: 'until', reason: 'must be later than now' };
  } else {
    const state = openState(hours, at);
    const closes = state.closesAt && DateTime.fromJSDate(state.closesAt, { zone: hours.timezone });
    if (!state.open || !closes) return { ok: false, field: 'longerMinutes', reason: 'the chat is not open now' };
    const closingMinute = closes.toFormat('yyyy-MM-dd') === date ? closes.hour * 60 + closes.minute : null;
    if (closingMinute === null) return { ok: false, field: 'longerMinutes', reason: 'today is open past midnight' };
    target = closingMinute + (change.longerMinutes ?? 60);
    if (closingMinute >= 1440 || target > 1440) target = 1440;
  }
  const opens = Math.min(now, ...periods.map((p) => minutesOf(p.opens)));
  const closes = Math.max(target, ...periods.map((p) => minutesOf(p.closes)).filter((c) => c > now));
  const note = hours.exceptions.find((e) => e.date === date)?.note;
  return { ok: true, exception: { date, opens: hhmmOf(opens), closes: hhmmOf(closes), ...(note ? { note } : {}) } };
};
