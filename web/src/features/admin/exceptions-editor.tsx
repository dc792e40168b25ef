'use client';

import type { HoursException, ProgrammeHours } from '@helpline/shared';
import type { FieldErrors, UseFieldArrayReturn, UseFormRegister } from 'react-hook-form';
import { Button } from '~/components/button';
import type { Text } from '~/i18n/text';
import { timeField } from './weekly-editor';

/** Dated exceptions: closed all day, or other hours, with a note. */
export function ExceptionsEditor({
  fields,
  values,
  register,
  errors,
  onCloseToday,
  t,
}: {
  fields: UseFieldArrayReturn<ProgrammeHours, 'exceptions'>;
  /** The exceptions as they are being edited (a closed day shows no times). */
  values: HoursException[];
  register: UseFormRegister<ProgrammeHours>;
  errors: FieldErrors<ProgrammeHours>['exceptions'];
  onCloseToday: () => void;
  t: Text<'admin'>;
}) {
  const field = 'min-h-11 rounded border border-neutral-500 bg-white px-2 aria-[invalid=true]:border-red-800';
  return (
    <fieldset className="rounded-xl border border-neutral-300 bg-white p-3">
      <legend className="px-1 text-lg font-bold">{t('hours.exceptions')}</legend>
      <p className="text-sm text-neutral-700">{t('hours.exceptionsIntro')}</p>
      <ul className="mt-2 grid gap-2">
        {fields.fields.map((e, index) => {
          const error = errors?.[index];
          const date = values[index]?.date ?? e.date;
          return (
            <li
              key={e.id}
              className="flex flex-wrap items-end gap-2 border-b border-neutral-200 pb-2"
              data-testid="exception-row"
            >
              <label className="grid gap-1 text-sm">
                {t('hours.date')}
                <input
                  type="date"
                  aria-invalid={Boolean(error?.date)}
                  className={field}
                  {...register(`exceptions.${index}.date`)}
                />
              </label>
              <label className="flex min-h-11 items-center gap-2 text-sm">
                <input type="checkbox" className="h-5 w-5" {...register(`exceptions.${index}.closed`)} />
                {t('hours.closedAllDay')}
              </label>
              {values[index]?.closed !== true && (
                <>
                  <label className="grid gap-1 text-sm">
                    {t('hours.opens')}
                    <input
                      placeholder="HH:MM"
                      aria-invalid={Boolean(error?.opens)}
                      className={timeField}
                      {...register(`exceptions.${index}.opens`)}
                    />
                  </label>
                  <label className="grid gap-1 text-sm">
                    {t('hours.closes')}
                    <input
                      placeholder="HH:MM"
                      aria-invalid={Boolean(error?.closes)}
                      className={timeField}
                      {...register(`exceptions.${index}.closes`)}
                    />
                  </label>
                </>
              )}
              <label className="grid grow gap-1 text-sm">
                {t('hours.note')}
                <input
                  aria-invalid={Boolean(error?.note)}
                  className={field}
                  {...register(`exceptions.${index}.note`)}
                />
              </label>
              <Button aria-label={t('hours.removeException', { date })} onClick={() => fields.remove(index)}>
                {t('remove')}
              </Button>
            </li>
          );
        })}
      </ul>
      <p className="mt-2 flex flex-wrap gap-2">
        <Button onClick={() => fields.append({ date: '', closed: true })}>{t('hours.addException')}</Button>
        <Button look="warning" onClick={onCloseToday}>
          {t('hours.closeToday')}
        </Button>
      </p>
    </fieldset>
  );
}
