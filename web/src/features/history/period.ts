/** Dates as the API takes them (midnight in Europe/Amsterdam); the form's "up to and including" day becomes `to` + 1. */
const dayKey = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date);

export const daysAgo = (days: number) => dayKey(new Date(Date.now() - days * 86_400_000));

export const dayAfter = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
};
