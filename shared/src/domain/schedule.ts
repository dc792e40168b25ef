import { DateTime } from 'luxon';
import type { HoursException, ProgrammeHours } from './hours';

export type DaySchedule = {
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** Opening periods of that date, earliest first; empty when closed all day. */
  periods: { opens: string; closes: string }[];
  /** The dated exception that replaces the weekly hours on that date, if any. */
  exception: HoursException | null;
};

/** The opening periods of `days` consecutive local dates from `from` (YYYY-MM-DD), as the rules in `openState` apply them. */
export const scheduleFrom = (hours: ProgrammeHours, from: string, days: number): DaySchedule[] => {
  const first = DateTime.fromISO(from, { zone: hours.timezone }).startOf('day');
  return Array.from({ length: days }, (_, i) => {
    const day = first.plus({ days: i });
    const date = day.toISODate() ?? from;
    const exception = hours.exceptions.find((e) => e.date === date) ?? null;
    const periods = exception
      ? exception.closed || !exception.opens || !exception.closes
        ? []
        : [{ opens: exception.opens, closes: exception.closes }]
      : hours.weekly.filter((w) => w.weekday === day.weekday).map(({ opens, closes }) => ({ opens, closes }));
    return { date, weekday: day.weekday, periods: periods.sort((a, b) => a.opens.localeCompare(b.opens)), exception };
  });
};
