'use client';

import type { ProgrammeHours } from '@helpline/shared';
import { useLocale } from 'next-intl';
import type { FieldErrors, UseFieldArrayReturn, UseFormRegister } from 'react-hook-form';
import { Button } from '~/components/button';
import type { Text } from '~/i18n/text';
import { weekdayNames } from '~/lib/weekdays';

export const timeField =
  'min-h-11 w-24 rounded border border-neutral-500 bg-white px-2 tabular-nums aria-[invalid=true]:border-red-800';

/** The regular week: per weekday its opening periods (none: closed that day). */
export function WeeklyEditor({
  fields,
  register,
  errors,
  t,
}: {
  fields: UseFieldArrayReturn<ProgrammeHours, 'weekly'>;
  register: UseFormRegister<ProgrammeHours>;
  errors: FieldErrors<ProgrammeHours>['weekly'];
  t: Text<'admin'>;
}) {
  const locale = useLocale();
  return (
    <fieldset className="rounded-xl border border-neutral-300 bg-white p-3">
      <legend className="px-1 text-lg font-bold">{t('hours.weekly')}</legend>
      <p className="text-sm text-neutral-700">{t('hours.weeklyIntro')}</p>
      <ul className="mt-2 grid gap-1">
        {weekdayNames(locale, 'long').map((day, d) => {
          const weekday = d + 1;
          const periods = fields.fields.map((w, index) => ({ w, index })).filter(({ w }) => w.weekday === weekday);
          return (
            <li
              key={day}
              className="flex flex-wrap items-center gap-2 border-b border-neutral-200 py-1"
              data-testid={`weekday-${weekday}`}
            >
              <span className="w-28 font-medium">{day}</span>
              {periods.length === 0 && <span className="text-neutral-700">{t('hours.closedDay')}</span>}
              {periods.map(({ w, index }, n) => (
                <span key={w.id} className="flex items-center gap-1">
                  <input
                    aria-label={`${day} ${n + 1}: ${t('hours.opens')}`}
                    aria-invalid={Boolean(errors?.[index]?.opens)}
                    inputMode="numeric"
                    className={timeField}
                    {...register(`weekly.${index}.opens`)}
                  />
                  <span aria-hidden="true">–</span>
                  <input
                    aria-label={`${day} ${n + 1}: ${t('hours.closes')}`}
                    aria-invalid={Boolean(errors?.[index]?.closes)}
                    inputMode="numeric"
                    className={timeField}
                    {...register(`weekly.${index}.closes`)}
                  />
                  <Button
                    aria-label={t('hours.removePeriod', { day, n: n + 1 })}
                    onClick={() => fields.remove(index)}
                    className="min-w-11 px-2"
                  >
                    ×
                  </Button>
                </span>
              ))}
              <Button
                onClick={() => fields.append({ weekday, opens: '09:00', closes: '17:00' })}
                className="ml-auto text-sm"
              >
                {t('hours.addPeriod', { day })}
              </Button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
