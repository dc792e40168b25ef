import { DateTime } from 'luxon';
import { z } from 'zod';

/** `from`/`to` of a query: an ISO 8601 date-time, or a date meaning local midnight in the programme's zone. */
export const PeriodBound = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  message: 'must be a date YYYY-MM-DD or an ISO 8601 date-time',
});

export type Period = { from: Date; to: Date };

const toInstant = (value: string, zone: string): Date =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? DateTime.fromISO(value, { zone }).startOf('day').toJSDate() : new Date(value);

/** From inclusive, to exclusive; `from` defaults to today's local midnight, `to` to the next local midnight. */
export const parsePeriod = (query: { from?: string; to?: string }, now: Date, zone = 'Europe/Amsterdam'): Period => {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const from = query.from ? toInstant(query.from, zone) : today.toJSDate();
  const to = query.to ? toInstant(query.to, zone) : today.plus({ days: 1 }).toJSDate();
  return { from, to };
};
