'use client';

import { Clinic, ClinicList } from '@helpline/shared';
import { useEffect, useState } from 'react';
import type { Lang } from '~/i18n';
import { api } from '~/lib/api';
import { useApiQuery } from '~/lib/use-api-query';
import { adminText } from './admin.i18n';
import { manageText } from './manage.i18n';
import { input } from './staff-fields';
import { SaveStatus, useSave } from './use-save';

/** The clinics referrals go to: add one, rename, make default, stop or start using one. */
export function ClinicsAdmin({ lang }: { lang: Lang }) {
  const t = manageText(lang);
  const a = adminText(lang);
  const list = useApiQuery(ClinicList, '/api/clinics');
  const [clinics, setClinics] = useState<Clinic[]>([]);
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const save = useSave(a);
  useEffect(() => {
    if (list.data) setClinics(list.data);
  }, [list.data]);
  const patch = async (clinicId: string, body: object) => {
    const changed = await save.run(() =>
      api(Clinic, `/api/clinics/${clinicId}`, { method: 'PATCH', body: JSON.stringify(body) }),
    );
    // A new default changes the old one too: read the list again.
    if (changed) list.reload();
  };
  return (
    <div className="grid gap-3">
      {list.error && <p role="alert">{list.error.status === 404 ? a.unavailable : a.failed}</p>}
      <table className="w-full border-collapse rounded-xl bg-white text-sm" data-testid="clinics-table">
        <caption className="sr-only">{t.clinics.heading}</caption>
        <thead>
          <tr className="text-left">
            <th scope="col" className="border-b border-neutral-400 p-2">
              {t.clinics.name}
            </th>
            <th scope="col" className="border-b border-neutral-400 p-2">
              {t.clinics.code}
            </th>
            <th scope="col" className="border-b border-neutral-400 p-2">
              {t.clinics.isDefault}
            </th>
            <th scope="col" className="border-b border-neutral-400 p-2">
              {t.clinics.isActive}
            </th>
            <th scope="col" className="border-b border-neutral-400 p-2">
              <span className="sr-only">{a.save}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {clinics.map((c) => (
            <tr key={c.id}>
              <th scope="row" className="border-b border-neutral-200 p-2 text-left font-normal">
                <form
                  className="flex gap-2"
                  onSubmit={(e) => {
                    e.preventDefault();
                    const value = new FormData(e.currentTarget).get('name');
                    void patch(c.id, { name: String(value ?? '') });
                  }}
                >
                  <input name="name" aria-label={t.clinics.rename(c.name)} defaultValue={c.name} className={input} />
                  <button type="submit" className="min-h-11 rounded border border-neutral-500 px-3">
                    {a.save}
                  </button>
                </form>
              </th>
              <td className="border-b border-neutral-200 p-2 font-mono">{c.id}</td>
              <td className="border-b border-neutral-200 p-2">{c.isDefault ? t.clinics.yes : t.clinics.no}</td>
              <td className="border-b border-neutral-200 p-2">{c.isActive ? t.clinics.yes : t.clinics.no}</td>
              <td className="border-b border-neutral-200 p-2">
                <span className="flex flex-wrap gap-2">
                  {!c.isDefault && c.isActive && (
                    <button
                      type="button"
                      onClick={() => patch(c.id, { isDefault: true })}
                      className="min-h-11 rounded border border-neutral-500 px-3"
                    >
                      {t.clinics.makeDefault(c.name)}
                    </button>
                  )}
                  {!c.isDefault && (
                    <button
                      type="button"
                      onClick={() => patch(c.id, { isActive: !c.isActive })}
                      className="min-h-11 rounded border border-neutral-500 px-3"
                    >
                      {c.isActive ? t.clinics.deactivate(c.name) : t.clinics.activate(c.name)}
                    </button>
                  )}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="flex flex-wrap items-end gap-3 rounded-xl border border-neutral-300 bg-white p-3"
        onSubmit={async (e) => {
          e.preventDefault();
          const made = await save.run(() =>
            api(Clinic, '/api/clinics', { method: 'POST', body: JSON.stringify({ id, name }) }),
          );
          if (made) {
            setClinics((all) => [...all, made]);
            setId('');
            setName('');
          }
        }}
      >
        <label className="grid gap-1 text-sm">
          {t.clinics.id}
          <input
            required
            pattern="[a-z0-9]+(-[a-z0-9]+)*"
            value={id}
            onChange={(e) => setId(e.target.value)}
            className={input}
          />
        </label>
        <label className="grid gap-1 text-sm">
          {t.clinics.name}
          <input required minLength={2} value={name} onChange={(e) => setName(e.target.value)} className={input} />
        </label>
        <button type="submit" className="min-h-11 rounded-lg bg-blue-800 px-4 font-semibold text-white">
          {t.clinics.add}
        </button>
      </form>
      <SaveStatus state={save.state} t={a} />
    </div>
  );
}
