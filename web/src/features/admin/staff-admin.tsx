'use client';

import { StaffList, StaffMember } from '@helpline/shared';
import { Pencil, UserPlus } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { Lang } from '~/i18n';
import { api } from '~/lib/api';
import { useApiQuery } from '~/lib/use-api-query';
import { useConfirmation } from '../auth/use-confirmation';
import { supervisorText } from '../supervisor/supervisor.i18n';
import { adminText } from './admin.i18n';
import { manageText } from './manage.i18n';
import { input, type StaffDraft, StaffFields } from './staff-fields';
import { StaffMemberEditor } from './staff-member';
import { SaveStatus, useSave } from './use-save';

const blank: StaffDraft = { alias: '', role: 'counsellor', programmes: ['helpwanted'], capacity: 2 };

/** Every staff member with their settings, a form to add one, and per member the changes a supervisor may make. */
export function StaffAdmin({ lang }: { lang: Lang }) {
  const t = manageText(lang);
  const a = adminText(lang);
  const names = supervisorText(lang).programmes;
  const list = useApiQuery(StaffList, '/api/staff');
  const [members, setMembers] = useState<StaffMember[]>([]);
  const [draft, setDraft] = useState(blank);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const create = useSave(a);
  // Creating members and changing roles, programmes or access ask for the password or a code when it is not recent.
  const { confirmed, dialog } = useConfirmation(lang);
  useEffect(() => {
    if (list.data) setMembers(list.data);
  }, [list.data]);
  const replace = (m: StaffMember) => setMembers((all) => all.map((x) => (x.id === m.id ? m : x)));
  return (
    <div className="grid gap-4">
      {dialog}
      <details className="rounded-xl border border-neutral-300 bg-white p-3">
        <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 font-semibold">
          <UserPlus aria-hidden="true" size={20} />
          {t.staff.add}
        </summary>
        <form
          className="mt-2 flex flex-wrap items-end gap-3"
          onSubmit={async (e) => {
            e.preventDefault();
            const body = { ...draft, username, password };
            const made = await create.run(() =>
              confirmed(() => api(StaffMember, '/api/staff', { method: 'POST', body: JSON.stringify(body) })),
            );
            if (made) {
              setMembers((all) => [...all, made]);
              setDraft(blank);
              setUsername('');
              setPassword('');
            }
          }}
        >
          <label className="grid gap-1 text-sm">
            {t.staff.username}
            <input
              required
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              autoComplete="off"
              className={input}
            />
          </label>
          <StaffFields draft={draft} onChange={setDraft} names={names} t={t} idPrefix="new-staff" />
          <label className="grid gap-1 text-sm">
            {t.staff.password}
            <input
              required
              type="password"
              minLength={12}
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              className={input}
            />
          </label>
          <button type="submit" className="min-h-11 rounded-lg bg-blue-800 px-4 font-semibold text-white">
            {t.staff.create}
          </button>
          <SaveStatus state={create.state} t={a} />
        </form>
      </details>
      {list.error && <p role="alert">{a.failed}</p>}
      <ul className="grid gap-2" data-testid="staff-list">
        {members.map((m) => (
          <li key={m.id} className="rounded-xl border border-neutral-300 bg-white">
            <details>
              <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-x-4 px-3 py-2">
                <span className="font-semibold">{m.alias}</span>
                <span className="text-neutral-700">{m.username}</span>
                <span>{t.staff.roles[m.role]}</span>
                <span>{m.programmes.map((p) => names[p]).join(', ')}</span>
                <span>
                  {t.staff.capacity}: {m.capacity}
                </span>
                <span className={m.disabled ? 'font-semibold text-red-800' : 'text-emerald-800'}>
                  {m.disabled ? t.staff.disabled : t.staff.active}
                </span>
                <span className="ml-auto inline-flex items-center gap-1 text-blue-900 underline underline-offset-4">
                  <Pencil aria-hidden="true" size={16} />
                  {t.staff.edit(m.alias)}
                </span>
              </summary>
              <StaffMemberEditor member={m} onSaved={replace} names={names} t={t} a={a} confirmed={confirmed} />
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
