/** A Monday (in UTC) to name the days from. */
const MONDAY = Date.UTC(2024, 0, 1);

/** The seven day names, Monday first, in the page's language ("maandag", "ma"; "Monday", "Mon"). */
export const weekdayNames = (locale: string, width: 'long' | 'short') => {
  const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, day) => format.format(MONDAY + day * 86_400_000));
};
