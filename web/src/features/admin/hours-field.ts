import type { ProgrammeHours } from '@helpline/shared';
import type { Text } from '~/i18n/text';
import { weekdayNames } from '~/lib/weekdays';

/** A readable name for a field path of the hours ('weekly.0.opens' -> 'Vaste week, maandag, ‘Open vanaf’'). */
export const hoursFieldName = (
  path: (string | number | symbol)[],
  hours: ProgrammeHours,
  t: Text<'admin'>,
  locale: string,
): string | undefined => {
  const [group, index, field] = path;
  const fieldName =
    field === 'opens'
      ? t('hours.opens')
      : field === 'closes'
        ? t('hours.closes')
        : field === 'date'
          ? t('hours.date')
          : '';
  if (group === 'weekly' && typeof index === 'number') {
    const day = weekdayNames(locale, 'long')[(hours.weekly[index]?.weekday ?? 1) - 1] ?? '';
    return `${t('hours.weekly')}, ${day}, ‘${fieldName}’`;
  }
  if (group === 'exceptions' && typeof index === 'number')
    return `${t('hours.exceptions')}, ${hours.exceptions[index]?.date || '?'}, ‘${fieldName || t('hours.date')}’`;
  if (group === 'maxWaitMinutes') return t('hours.maxWait');
  if (group === 'alarmAfterMinutes') return t('hours.alarmAfter');
  if (group === 'mailboxReplyDays') return t('hours.mailboxReplyDays');
  return undefined;
};
