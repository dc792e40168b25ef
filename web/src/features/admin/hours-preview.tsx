'use client';

import { openState, type ProgrammeHours, scheduleFrom } from '@helpline/shared';
import { useTranslations } from 'next-intl';
import type { Text } from '~/i18n/text';
import { formatWhen } from '~/lib/format-time';
import type { Holiday } from './holidays.server';

const dayName = (date: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

/** What the edited hours mean: open now or not, the next 7 days, and the coming public holidays. */
export function HoursPreview({
  hours,
  today,
  holidays,
  onCloseOn,
  t,
}: {
  hours: ProgrammeHours;
  today: string;
  holidays: Holiday[];
  onCloseOn: (holiday: Holiday) => void;
  t: Text<'admin'>;
}) {
  const at = new Date();
  const state = openState(hours, at);
  const words = useTranslations('common.time');
  const now = state.open
    ? t('hours.nowOpen', { until: formatWhen(state.closesAt ?? at, at, words) })
    : state.opensAt
      ? t('hours.nowClosed', { when: formatWhen(state.opensAt, at, words) })
      : t('hours.neverOpen');
  return (
    <div className="grid gap-3">
      <section aria-labelledby="preview-heading" className="rounded-xl border border-neutral-300 bg-white p-3">
        <h2 id="preview-heading" className="text-lg font-bold">
          {t('hours.preview')}
        </h2>
        <p className="text-sm text-neutral-700">{t('hours.previewIntro')}</p>
        <p className="mt-2 font-semibold" data-testid="hours-now">
          {now}
        </p>
        <ul className="mt-2 grid gap-1" data-testid="hours-preview">
          {scheduleFrom(hours, today, 7).map((day) => (
            <li key={day.date} className="flex justify-between gap-3 border-b border-neutral-200 py-1">
              <span>{dayName(day.date, t('locale'))}</span>
              <span className="text-right tabular-nums">
                {day.periods.length === 0
                  ? t('hours.closedDay')
                  : day.periods.map((p) => `${p.opens}–${p.closes}`).join(', ')}
                {day.exception?.note ? ` (${day.exception.note})` : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="holidays-heading" className="rounded-xl border border-neutral-300 bg-white p-3">
        <h2 id="holidays-heading" className="text-lg font-bold">
          {t('hours.holidays')}
        </h2>
        <p className="text-sm text-neutral-700">{t('hours.holidaysIntro')}</p>
        <ul className="mt-2 grid gap-1">
          {holidays.map((h) => {
            const set = hours.exceptions.some((e) => e.date === h.date);
            return (
              <li key={h.date} className="flex items-center justify-between gap-2 border-b border-neutral-200 py-1">
                <span className="min-w-0 flex-1">
                  <strong>{h.name}</strong> · {dayName(h.date, t('locale'))} ·{' '}
                  <span className="text-neutral-700">{set ? t('hours.hasException') : t('hours.noException')}</span>
                </span>
                {!set && (
                  <button
                    type="button"
                    onClick={() => onCloseOn(h)}
                    className="min-h-11 shrink-0 rounded border border-neutral-500 px-3 text-sm"
                  >
                    {t('hours.closeOnHoliday', { name: h.name })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
