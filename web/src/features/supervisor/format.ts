import type { Text } from '~/i18n/text';

const ZONE = 'Europe/Amsterdam';

/** 14:05 in the helplines' time zone. */
export const clockOf = (iso: string | Date, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

/** 25-11-2026 14:05 in the helplines' time zone. */
export const dateTimeOf = (iso: string | Date, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: ZONE, dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));

export const numberOf = (n: number, locale: string) => new Intl.NumberFormat(locale).format(n);

/** 0.273 -> "27%"; null (nothing to divide by) -> "–". */
export const percentOf = (rate: number | null | undefined, locale: string) =>
  rate === null || rate === undefined
    ? '–'
    : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate);

/** 75 -> "1 min 15 s", 4000 -> "1 u 6 min", 180000 -> "2 d 2 u" (a mailbox thread's age), in the page's language. */
export const durationOf = (seconds: number, t: Text<'supervisor'>) => {
  const m = Math.floor(seconds / 60);
  const s = Math.max(0, Math.round(seconds % 60));
  if (m >= 24 * 60) return t('duration.days', { days: Math.floor(m / 1440), hours: Math.floor((m % 1440) / 60) });
  if (m >= 60) return t('duration.hours', { hours: Math.floor(m / 60), minutes: m % 60 });
  return m > 0 ? t('duration.minutes', { minutes: m, seconds: s }) : t('duration.seconds', { seconds: s });
};
