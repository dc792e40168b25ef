'use client';

import type { HoursException } from '@helpline/shared';
import { Button } from '~/components/button';
import type { AdminText } from './admin.i18n';
import { TIME_PATTERN, timeField } from './weekly-editor';

/** Dated exceptions: closed all day, or other hours, with a note. */
export function ExceptionsEditor({
  exceptions,
  onChange,
  onCloseToday,
  t,
}: {
  exceptions: HoursException[];
  onChange: (exceptions: HoursException[]) => void;
  onCloseToday: () => void;
  t: AdminText;
}) {
  const update = (index: number, patch: Partial<HoursException>) =>
    onChange(exceptions.map((e, i) => (i === index ? { ...e, ...patch } : e)));
  const field = 'min-h-11 rounded border border-neutral-500 bg-white px-2';
  return (
    <fieldset className="rounded-xl border border-neutral-300 bg-white p-3">
      <legend className="px-1 text-lg font-bold">{t.hours.exceptions}</legend>
      <p className="text-sm text-neutral-700">{t.hours.exceptionsIntro}</p>
      <ul className="mt-2 grid gap-2">
        {exceptions.map((e, index) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id and the date is being edited
            key={index}
            className="flex flex-wrap items-end gap-2 border-b border-neutral-200 pb-2"
            data-testid="exception-row"
          >
            <label className="grid gap-1 text-sm">
              {t.hours.date}
              <input
                type="date"
                value={e.date}
                onChange={(ev) => update(index, { date: ev.target.value })}
                className={field}
              />
            </label>
            <label className="flex min-h-11 items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={e.closed === true}
                onChange={(ev) => update(index, { closed: ev.target.checked })}
                className="h-5 w-5"
              />
              {t.hours.closedAllDay}
            </label>
            {e.closed !== true && (
              <>
                <label className="grid gap-1 text-sm">
                  {t.hours.opens}
                  <input
                    value={e.opens ?? ''}
                    pattern={TIME_PATTERN}
                    placeholder="HH:MM"
                    onChange={(ev) => update(index, { opens: ev.target.value })}
                    className={timeField}
                  />
                </label>
                <label className="grid gap-1 text-sm">
                  {t.hours.closes}
                  <input
                    value={e.closes ?? ''}
                    pattern={TIME_PATTERN}
                    placeholder="HH:MM"
                    onChange={(ev) => update(index, { closes: ev.target.value })}
                    className={timeField}
                  />
                </label>
              </>
            )}
            <label className="grid grow gap-1 text-sm">
              {t.hours.note}
              <input
                value={e.note ?? ''}
                maxLength={200}
                onChange={(ev) => update(index, { note: ev.target.value })}
                className={field}
              />
            </label>
            <Button
              aria-label={t.hours.removeException(e.date)}
              onClick={() => onChange(exceptions.filter((_, i) => i !== index))}
            >
              {t.remove}
            </Button>
          </li>
        ))}
      </ul>
      <p className="mt-2 flex flex-wrap gap-2">
        <Button onClick={() => onChange([...exceptions, { date: '', closed: true }])}>{t.hours.addException}</Button>
        <Button look="warning" onClick={onCloseToday}>
          {t.hours.closeToday}
        </Button>
      </p>
    </fieldset>
  );
}
