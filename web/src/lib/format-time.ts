import type { Text } from '~/i18n/text';

/** The words and locale for times ("om", "vandaag", "morgen", nl-NL), from the `common.time` messages. */
export type TimeWords = Text<'common.time'>;

const ZONE = 'Europe/Amsterdam';

const dayKey = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(date);

export const formatClock = (date: Date, t: TimeWords) =>
  new Intl.DateTimeFormat(t('locale'), { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(date);

/** "vandaag om 23:00", "morgen om 07:00", or "maandag 23 november om 09:00", in the helplines' time zone. */
export const formatWhen = (date: Date, now: Date, t: TimeWords) => {
  const clock = `${t('at')} ${formatClock(date, t)}`;
  if (dayKey(date) === dayKey(now)) return `${t('today')} ${clock}`;
  if (dayKey(date) === dayKey(new Date(now.getTime() + 86_400_000))) return `${t('tomorrow')} ${clock}`;
  const weekday = new Intl.DateTimeFormat(t('locale'), {
    timeZone: ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(date);
  return `${weekday} ${clock}`;
};

/** The last day something is due by ("donderdag 10 december"), for a due time at the start of the day after it. */
export const formatDueDay = (due: Date, t: TimeWords) =>
  new Intl.DateTimeFormat(t('locale'), { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(due.getTime() - 1),
  );
