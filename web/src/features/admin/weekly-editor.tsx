'use client';

import type { ProgrammeHours, WeeklyHours } from '@helpline/shared';
import { Button } from '~/components/button';
import type { AdminText } from './admin.i18n';

export const TIME_PATTERN = '([01][0-9]|2[0-3]):[0-5][0-9]|24:00';
export const timeField = 'min-h-11 w-24 rounded border border-neutral-500 bg-white px-2 tabular-nums';

/** The regular week: per weekday its opening periods (none: closed that day). */
export function WeeklyEditor({
  weekly,
  onChange,
  t,
}: {
  weekly: ProgrammeHours['weekly'];
  onChange: (weekly: WeeklyHours[]) => void;
  t: AdminText;
}) {
  const update = (index: number, patch: Partial<WeeklyHours>) =>
    onChange(weekly.map((w, i) => (i === index ? { ...w, ...patch } : w)));
  return (
    <fieldset className="rounded-xl border border-neutral-300 bg-white p-3">
      <legend className="px-1 text-lg font-bold">{t.hours.weekly}</legend>
      <p className="text-sm text-neutral-700">{t.hours.weeklyIntro}</p>
      <ul className="mt-2 grid gap-1">
        {t.weekdays.map((day, d) => {
          const weekday = d + 1;
          const periods = weekly.map((w, index) => ({ w, index })).filter(({ w }) => w.weekday === weekday);
          return (
            <li
              key={day}
              className="flex flex-wrap items-center gap-2 border-b border-neutral-200 py-1"
              data-testid={`weekday-${weekday}`}
            >
              <span className="w-28 font-medium">{day}</span>
              {periods.length === 0 && <span className="text-neutral-700">{t.hours.closedDay}</span>}
              {periods.map(({ w, index }, n) => (
                <span key={index} className="flex items-center gap-1">
                  <input
                    aria-label={`${day} ${n + 1}: ${t.hours.opens}`}
                    value={w.opens}
                    pattern={TIME_PATTERN}
                    inputMode="numeric"
                    onChange={(e) => update(index, { opens: e.target.value })}
                    className={timeField}
                  />
                  <span aria-hidden="true">–</span>
                  <input
                    aria-label={`${day} ${n + 1}: ${t.hours.closes}`}
                    value={w.closes}
                    pattern={TIME_PATTERN}
                    inputMode="numeric"
                    onChange={(e) => update(index, { closes: e.target.value })}
                    className={timeField}
                  />
                  <button
                    type="button"
                    aria-label={t.hours.removePeriod(day, n + 1)}
                    onClick={() => onChange(weekly.filter((_, i) => i !== index))}
                    className="min-h-11 min-w-11 rounded border border-neutral-500 px-2"
                  >
                    ×
                  </button>
                </span>
              ))}
              <Button
                onClick={() => onChange([...weekly, { weekday, opens: '09:00', closes: '17:00' }])}
                className="ml-auto text-sm"
              >
                {t.hours.addPeriod(day)}
              </Button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
