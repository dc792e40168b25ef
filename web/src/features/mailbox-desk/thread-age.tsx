'use client';

import type { MailboxListItem } from '@helpline/shared/http';
import { AlarmClock, Clock, TriangleAlert } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { formatDueDay } from '~/lib/format-time';
import { ageParts, promiseOf } from './promise';

/** "2 u 14 min": a thread's age in the page's language. */
export const useAgeText = () => {
  const t = useTranslations('mailboxDesk.age');
  return (seconds: number) => {
    const parts = ageParts(seconds);
    return t(parts.unit, parts);
  };
};

const icons = { overdue: TriangleAlert, near: AlarmClock, kept: Clock } as const;
const tones = {
  overdue: 'border-red-800 bg-red-50 text-red-900',
  near: 'border-amber-700 bg-amber-50 text-amber-950',
  kept: 'border-neutral-300 bg-white text-neutral-800',
} as const;

/** Where the thread stands against the reply promise: an icon and words, the colour only repeating them. */
export function PromiseBadge({ item, now }: { item: MailboxListItem; now: number }) {
  const t = useTranslations('mailboxDesk');
  const time = useTranslations('common.time');
  const state = promiseOf(item, now);
  if (state === 'none' || !item.expectedReplyBy) return null;
  const Icon = icons[state];
  return (
    <span className="flex flex-wrap items-center gap-x-1.5 text-xs">
      <span
        data-testid="promise"
        data-promise={state}
        className={`inline-flex items-center gap-1 rounded border px-1 font-semibold ${tones[state]}`}
      >
        <Icon aria-hidden size={12} />
        {t(`promise.${state}`)}
      </span>
      <span className="text-neutral-700">
        {t('promisedBy', { day: formatDueDay(new Date(item.expectedReplyBy), time) })}
      </span>
    </span>
  );
}
