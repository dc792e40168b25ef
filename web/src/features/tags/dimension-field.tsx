'use client';

import { type Dimension, valuesOf } from '@helpline/shared/domain';
import { type Locale, useTranslations } from 'next-intl';
import { toggleMany, valuesIn } from './tag-rules';

const chip =
  'flex cursor-pointer items-center rounded-md border border-neutral-400 bg-white px-2 py-0.5 text-sm has-checked:border-neutral-900 has-checked:bg-neutral-900 has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-offset-1 has-focus-visible:outline-[var(--focus)]';

/** One dimension of the taxonomy as radio chips (one value) or checkbox chips (many), `unknown` always offered. */
export function DimensionField({
  dimension,
  value,
  onChange,
  error,
  lang,
  idPrefix,
  first,
}: {
  dimension: Dimension;
  value: string | string[] | undefined;
  onChange: (value: string | string[]) => void;
  error: string | null;
  lang: Locale;
  idPrefix: string;
  first: boolean;
}) {
  const t = useTranslations('tags');
  const chosen = valuesIn(value);
  const errorId = `${idPrefix}-${dimension.id}-error`;
  return (
    <fieldset
      data-dimension={dimension.id}
      aria-describedby={error ? errorId : undefined}
      className={`rounded-md border-l-4 py-1 pr-1 pl-2 ${error ? 'border-red-700 bg-red-50' : 'border-transparent'}`}
    >
      <legend className="float-left mb-1 w-full text-sm font-semibold">
        {dimension.label[lang]}
        {dimension.many && <span className="ml-1 font-normal text-neutral-700">{t('many')}</span>}
      </legend>
      <div className="clear-both flex flex-wrap gap-1">
        {Object.entries(valuesOf(dimension)).map(([id, label], index) => (
          <label key={id} className={chip}>
            <input
              id={first && index === 0 ? 'tag-form-start' : undefined}
              type={dimension.many ? 'checkbox' : 'radio'}
              name={`${idPrefix}-${dimension.id}`}
              value={id}
              checked={chosen.includes(id)}
              onChange={() => onChange(dimension.many ? toggleMany(value, id) : id)}
              className="sr-only"
            />
            {label[lang]}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="mt-1 text-sm text-red-800">
          <span className="sr-only">{dimension.label[lang]}: </span>
          {error}
        </p>
      )}
    </fieldset>
  );
}
