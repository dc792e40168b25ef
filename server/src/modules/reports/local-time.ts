import { REPORT_ZONE } from './scope';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: REPORT_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A moment as the helplines' local wall time with its UTC offset ("2025-03-30T03:15:00+02:00"): what a spreadsheet
 * user reads as the time it happened, and still one exact instant.
 */
export const localIsoOf = (at: Date): string => {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  const wall = `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
  const offsetMinutes = Math.round((Date.parse(`${wall}Z`) - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${wall}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
};

/** The local calendar date of a moment, YYYY-MM-DD. */
export const localDayOf = (at: Date): string => localIsoOf(at).slice(0, 10);

/** The last local day a period covers: `to` is exclusive, so the day of the moment just before it. */
export const lastDayOf = (period: { from: Date; to: Date }): string =>
  localDayOf(new Date(Math.max(period.from.getTime(), period.to.getTime() - 1)));
