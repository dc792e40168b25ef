import Holidays from 'date-holidays';
import type { Locale } from 'next-intl';

export type Holiday = { date: string; name: string };

/** The next official public holidays in the Netherlands from `today` (YYYY-MM-DD), named in the page's language. */
export const nextHolidays = (today: string, lang: Locale, count = 6): Holiday[] => {
  const calendar = new Holidays('NL', { languages: [lang], timezone: 'Europe/Amsterdam' });
  const year = Number(today.slice(0, 4));
  return [year, year + 1]
    .flatMap((y) => calendar.getHolidays(y, lang))
    .filter((h) => h.type === 'public')
    .map((h) => ({ date: h.date.slice(0, 10), name: h.name }))
    .filter((h) => h.date >= today)
    .slice(0, count);
};
