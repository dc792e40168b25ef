import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';
import { plainText } from './plain-text';
import { DEFAULT_MAX_WAIT_MINUTES, type ProgrammeId } from './programme';

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM');
const ClosingTime = z.union([Time, z.literal('24:00')]);
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const closesAfterOpens = (p: { opens?: string; closes?: string }) =>
  p.opens === undefined || p.closes === undefined || minutesOf(p.closes) > minutesOf(p.opens);

export const WeeklyHours = z
  .object({ weekday: z.number().int().min(1).max(7), opens: Time, closes: ClosingTime })
  .refine(closesAfterOpens, { message: 'must be later than opens', path: ['closes'] });
export type WeeklyHours = z.infer<typeof WeeklyHours>;

export const HoursException = z
  .object({
    date: z.iso.date({ message: 'must be a date YYYY-MM-DD' }),
    closed: z.boolean().optional(),
    opens: Time.optional(),
    closes: ClosingTime.optional(),
    note: plainText(0, 200).optional(),
  })
  .refine((e) => e.closed === true || (e.opens !== undefined && e.closes !== undefined), {
    message: 'needs opens and closes unless closed is true',
    path: ['opens'],
  })
  .refine(closesAfterOpens, { message: 'must be later than opens', path: ['closes'] });
export type HoursException = z.infer<typeof HoursException>;

export const ProgrammeHours = z.object({
  timezone: z.string().refine((zone) => IANAZone.isValidZone(zone), { message: 'must be an IANA time zone' }),
  weekly: z.array(WeeklyHours).max(50),
  exceptions: z
    .array(HoursException)
    .max(400)
    .superRefine((exceptions, ctx) => {
      const seen = new Set<string>();
      for (const [index, exception] of exceptions.entries()) {
        if (seen.has(exception.date))
          ctx.addIssue({
            code: 'custom',
            message: 'has this date twice: one exception per date',
            path: [index, 'date'],
          });
        seen.add(exception.date);
      }
    }),
  maxWaitMinutes: z.number().int().min(1).max(240),
  /**
   * Minutes a visitor may wait before the supervisors' live wall alarms (it alarms at once when nobody is available).
   * Always in the answer; a PUT without it keeps the stored value (added after the first release).
   */
  alarmAfterMinutes: z.number().int().min(1).max(120).optional(),
  /** The anonymous mailbox's reply promise in working days; always in the answer, a PUT without it keeps it. */
  mailboxReplyDays: z.number().int().min(1).max(30).optional(),
});
export type ProgrammeHours = z.infer<typeof ProgrammeHours>;

type Interval = { start: number; end: number };
const DAY_SEARCH_LIMIT = 370;

/** Opening intervals of one local date: a dated exception replaces the weekly entries of that date. */
const intervalsOn = (hours: ProgrammeHours, day: DateTime): Interval[] => {
  const exception = hours.exceptions.find((e) => e.date === day.toISODate());
  const periods = exception
    ? exception.closed || !exception.opens || !exception.closes
      ? []
      : [{ opens: exception.opens, closes: exception.closes }]
    : hours.weekly.filter((w) => w.weekday === day.weekday);
  // Wall-clock times in the zone. A time inside the spring-forward gap moves forward by the gap (02:30 -> 03:30), and a
  // repeated autumn time takes its first occurrence: the same rules as Temporal's 'compatible' disambiguation.
  const at = (hhmm: string) =>
    hhmm === '24:00'
      ? day.plus({ days: 1 }).startOf('day')
      : day.set({ hour: Number(hhmm.slice(0, 2)), minute: Number(hhmm.slice(3, 5)), second: 0, millisecond: 0 });
  return periods
    .map((p) => ({ start: at(p.opens).toMillis(), end: at(p.closes).toMillis() }))
    .filter((i) => i.end > i.start);
};

const intervalsFrom = function* (hours: ProgrammeHours, at: Date) {
  const first = DateTime.fromJSDate(at, { zone: hours.timezone }).startOf('day').minus({ days: 1 });
  for (let d = 0; d <= DAY_SEARCH_LIMIT; d++) {
    yield* intervalsOn(hours, first.plus({ days: d })).sort((a, b) => a.start - b.start);
  }
};

export type OpenState = { open: boolean; opensAt: Date | null; closesAt: Date | null };

/** Open now?, the next opening when closed, and the end of the current continuous opening when open. */
export const openState = (hours: ProgrammeHours, at: Date): OpenState => {
  const t = at.getTime();
  let closesAt: number | null = null;
  for (const interval of intervalsFrom(hours, at)) {
    if (closesAt !== null) {
      // Chained periods (24:00 then 00:00) form one stretch; a gap ends it.
      if (interval.start > closesAt) break;
      closesAt = Math.max(closesAt, interval.end);
      continue;
    }
    if (interval.start <= t && t < interval.end) closesAt = interval.end;
    else if (interval.start > t) return { open: false, opensAt: new Date(interval.start), closesAt: null };
  }
  return closesAt === null
    ? { open: false, opensAt: null, closesAt: null }
    : { open: true, opensAt: null, closesAt: new Date(closesAt) };
};

export const isOpen = (hours: ProgrammeHours, at: Date) => openState(hours, at).open;
export const nextOpening = (hours: ProgrammeHours, at: Date) => openState(hours, at).opensAt;
export const currentClosing = (hours: ProgrammeHours, at: Date) => openState(hours, at).closesAt;

const week = (days: number[], opens: string, closes: string): WeeklyHours[] =>
  days.map((weekday) => ({ weekday, opens, closes }));

/** The published hours; supervisors edit them later through the API. */
export const defaultHours = (programme: ProgrammeId): ProgrammeHours => ({
  timezone: 'Europe/Amsterdam',
  weekly:
    programme === 'helpwanted'
      ? [...week([1, 2, 3, 4, 5], '07:00', '23:00'), ...week([6, 7], '11:00', '19:00')]
      : [...week([1, 2, 3, 4, 5], '09:00', '21:00'), ...week([6], '10:00', '14:00')],
  exceptions: [],
  maxWaitMinutes: DEFAULT_MAX_WAIT_MINUTES,
});

/** The programme's local date of a moment, as YYYY-MM-DD. */
export const localDay = (hours: ProgrammeHours, at: Date): string =>
  DateTime.fromJSDate(at, { zone: hours.timezone }).toFormat('yyyy-MM-dd');
