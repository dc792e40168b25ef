import { DateTime } from 'luxon';
import type { ProgrammeHours } from './hours';

/** The reply promise when a programme has not set one (working days). */
export const DEFAULT_MAILBOX_REPLY_DAYS = 3;
const SEARCH_LIMIT = 400;

/** Monday to Friday, and not a date the hours mark closed (public holidays, closures). */
export const isWorkingDay = (hours: Pick<ProgrammeHours, 'exceptions'>, day: DateTime) =>
  day.weekday <= 5 && !hours.exceptions.some((e) => e.date === day.toISODate() && e.closed === true);

/**
 * The end (local midnight) of the `days`-th working day after the day of `at`, in the programme's zone: a message
 * written on Friday night with a promise of 3 days is due at the end of Wednesday, a public holiday adds a day.
 */
export const replyDueBy = (hours: Pick<ProgrammeHours, 'exceptions' | 'timezone'>, at: Date, days: number): Date => {
  let day = DateTime.fromJSDate(at, { zone: hours.timezone }).startOf('day');
  let left = days;
  for (let i = 0; i < SEARCH_LIMIT && left > 0; i++) {
    day = day.plus({ days: 1 });
    if (isWorkingDay(hours, day)) left--;
  }
  return day.plus({ days: 1 }).startOf('day').toJSDate();
};
