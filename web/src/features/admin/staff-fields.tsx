'use client';

import { type ProgrammeId, programmeIds, type Role } from '@helpline/shared';
import type { ManageText } from './manage.i18n';

export const input = 'min-h-11 rounded border border-neutral-500 bg-white px-2';
export type StaffDraft = { alias: string; role: Role; programmes: ProgrammeId[]; capacity: number };

/** The fields a new and an existing staff member share: alias, role, programmes, capacity. */
export function StaffFields({
  draft,
  onChange,
  names,
  t,
  idPrefix,
}: {
  draft: StaffDraft;
  onChange: (draft: StaffDraft) => void;
  names: Record<ProgrammeId, string>;
  t: ManageText;
  idPrefix: string;
}) {
  return (
    <>
      <label className="grid gap-1 text-sm">
        {t.staff.alias}
        <input
          required
          maxLength={40}
          value={draft.alias}
          onChange={(e) => onChange({ ...draft, alias: e.target.value })}
          className={input}
        />
      </label>
      <label className="grid gap-1 text-sm">
        {t.staff.role}
        <select
          value={draft.role}
          onChange={(e) => onChange({ ...draft, role: e.target.value === 'supervisor' ? 'supervisor' : 'counsellor' })}
          className={input}
        >
          <option value="counsellor">{t.staff.roles.counsellor}</option>
          <option value="supervisor">{t.staff.roles.supervisor}</option>
        </select>
      </label>
      <fieldset className="grid gap-1 text-sm">
        <legend>{t.staff.programmes}</legend>
        <div className="flex gap-3">
          {programmeIds.map((p) => (
            <label key={p} className="flex min-h-11 items-center gap-2" htmlFor={`${idPrefix}-${p}`}>
              <input
                id={`${idPrefix}-${p}`}
                type="checkbox"
                className="h-5 w-5"
                checked={draft.programmes.includes(p)}
                onChange={(e) =>
                  onChange({
                    ...draft,
                    programmes: e.target.checked ? [...draft.programmes, p] : draft.programmes.filter((x) => x !== p),
                  })
                }
              />
              {names[p]}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="grid gap-1 text-sm">
        {t.staff.capacity}
        <input
          type="number"
          min={1}
          max={10}
          value={draft.capacity}
          onChange={(e) => onChange({ ...draft, capacity: Number(e.target.value) })}
          className={`${input} w-24`}
        />
      </label>
    </>
  );
}
