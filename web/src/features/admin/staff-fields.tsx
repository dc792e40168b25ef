'use client';

import { programmeIds } from '@helpline/shared';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field, SelectField } from '~/components/field';
import type { Text } from '~/i18n/text';

type SharedField = 'alias' | 'role' | 'programmes' | 'capacity';
/** A field of the form's schema, registered with the form, and its error in the page's language. */
export type BindField = (name: SharedField) => UseFormRegisterReturn & { error?: string | undefined };

/** The fields a new and an existing staff member share: alias, role, programmes, capacity. */
export function StaffFields({
  bind,
  names,
  t,
  idPrefix,
}: {
  bind: BindField;
  names: Text<'supervisor.programmes'>;
  t: Text<'admin.manage'>;
  idPrefix: string;
}) {
  const { error: programmesError, ...programmes } = bind('programmes');
  return (
    <>
      <Field id={`${idPrefix}-alias`} label={t('staff.alias')} compact {...bind('alias')} />
      <SelectField id={`${idPrefix}-role`} label={t('staff.role')} compact {...bind('role')}>
        <option value="counsellor">{t('staff.roles.counsellor')}</option>
        <option value="supervisor">{t('staff.roles.supervisor')}</option>
      </SelectField>
      <fieldset
        className="grid gap-1 text-sm"
        aria-describedby={programmesError ? `${idPrefix}-programmes-error` : undefined}
      >
        <legend>{t('staff.programmes')}</legend>
        <div className="flex gap-3">
          {programmeIds.map((p) => (
            <label key={p} className="flex min-h-11 items-center gap-2" htmlFor={`${idPrefix}-${p}`}>
              <input id={`${idPrefix}-${p}`} type="checkbox" className="h-5 w-5" value={p} {...programmes} />
              {names(p)}
            </label>
          ))}
        </div>
        {programmesError && (
          <p id={`${idPrefix}-programmes-error`} className="text-red-800">
            {programmesError}
          </p>
        )}
      </fieldset>
      <Field
        id={`${idPrefix}-capacity`}
        label={t('staff.capacity')}
        type="number"
        min={1}
        max={10}
        compact
        className="w-24"
        {...bind('capacity')}
      />
    </>
  );
}
