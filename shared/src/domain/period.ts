import { DateTime } from 'luxon';
import { z } from 'zod';

// PostgreSQL refuses years before 1 and after 9999 as they are written to it; the margin keeps a date's local
// midnight and a time's offset inside.
/** The earliest moment the platform takes (see `isStorableInstant`). */
export const EARLIEST_INSTANT = new Date('1000-01-01T00:00:00Z');
const LATEST = Date.parse('9999-12-31T00:00:00Z');
/** A date or date-time (already checked as ISO 8601) the database can store and compare. */
export const isStorableInstant = (iso: string) => {
  const at = Date.parse(iso);
  return at >= EARLIEST_INSTANT.getTime() && at <= LATEST;
};
export const STORABLE_MESSAGE = 'must be between the years 1000 and 9999';

/** `from`/`to` of a query: an ISO 8601 date-time, or a date meaning local midnight in the programme's zone. */
export const PeriodBound = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], {
    message: 'must be a date YYYY-MM-DD or an ISO 8601 date-time',
  })
  .refine(isStorableInstant, { message: STORABLE_MESSAGE });

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
