'use client';

import type { StaffSocket } from '@helpline/shared/client';
import { BREAK_SNOOZE_MINUTES } from '@helpline/shared/domain';
import { Coffee, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useBreakSuggestion } from './use-break-suggestion';

/**
 * A gentle suggestion to take a break, above the workspace: it never takes the focus, never makes a sound and blocks
 * nothing; "later" brings it back in a quarter of an hour, the cross closes it.
 */
export function BreakBanner({ socket }: { socket: StaffSocket | null }) {
  const t = useTranslations('care');
  const { suggestion, failed, snooze, dismiss } = useBreakSuggestion(socket);
  const durationOf = (total: number) =>
    [
      total >= 60 ? t('hours', { count: Math.floor(total / 60) }) : null,
      total % 60 > 0 ? t('minutes', { count: total % 60 }) : null,
    ]
      .filter(Boolean)
      .join(` ${t('and')} `);
  return (
    <div aria-live="polite" className="empty:hidden">
      {suggestion && (
        <section
          aria-labelledby="break-banner-title"
          data-testid="break-banner"
          className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-emerald-300 bg-emerald-50 px-3 py-1.5 text-sm text-emerald-950"
        >
          <Coffee aria-hidden className="size-5 shrink-0 text-emerald-800" />
          <h2 id="break-banner-title" className="font-semibold">
            {t('title')}
          </h2>
          <p className="min-w-0 flex-1 basis-64">
            {suggestion.reason === 'stretch'
              ? t('stretch', { duration: durationOf(suggestion.stretchMinutes ?? 0) })
              : t('heavy')}
          </p>
          {failed && (
            <p role="alert" className="font-semibold text-red-900">
              {t('failed')}
            </p>
          )}
          <div className="flex items-center gap-1">
            <button
              type="button"
              onClick={() => void snooze()}
              className="min-h-11 rounded-md px-3 underline underline-offset-2 hover:bg-emerald-100"
            >
              {t('snooze', { minutes: BREAK_SNOOZE_MINUTES })}
            </button>
            <button
              type="button"
              onClick={() => void dismiss()}
              aria-label={t('dismiss')}
              title={t('dismiss')}
              className="inline-flex size-11 items-center justify-center rounded-md hover:bg-emerald-100"
            >
              <X aria-hidden className="size-5" />
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
