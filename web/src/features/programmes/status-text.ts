import type { ProgrammeState } from '@helpline/shared/http';
import { getTranslations } from 'next-intl/server';
import { formatClock, formatWhen } from '~/lib/format-time';

/** "Nu open, tot 23:00" or "Gesloten. De chat is weer open morgen om 07:00"; closing at midnight reads "24:00". */
export const statusText = async (p: ProgrammeState, now: Date) => {
  const [t, words] = [await getTranslations('programmes'), await getTranslations('common.time')];
  if (p.open) {
    const clock = p.closesAt ? formatClock(new Date(p.closesAt), words) : '…';
    return t('openUntil', { time: clock === '00:00' ? '24:00' : clock });
  }
  return p.opensAt ? t('closedUntil', { when: formatWhen(new Date(p.opensAt), now, words) }) : t('closed');
};

/** The honest wait: starts at once, nobody there (no promise), or the queue with its estimate. */
export const waitText = async (p: ProgrammeState) => {
  const t = await getTranslations('programmes');
  if (p.counsellorsAvailable === 0) return t('nobodyAvailable');
  if (p.estimatedWaitSeconds === 0) return t('startsNow');
  return t('queue', { waiting: p.waiting, minutes: Math.max(1, Math.ceil(p.estimatedWaitSeconds / 60)) });
};
