'use client';

import { type ProgrammeId, StaffMember } from '@helpline/shared';
import { useState } from 'react';
import { z } from 'zod';
import { api } from '~/lib/api';
import type { AdminText } from './admin.i18n';
import type { ManageText } from './manage.i18n';
import { input, type StaffDraft, StaffFields } from './staff-fields';
import { SaveStatus, useSave } from './use-save';

const Revoked = z.object({ revoked: z.number() });
const NoContent = z.unknown();

/** One member: change alias, role, programmes, capacity or disable; end sessions; reset password or second factor. */
export function StaffMemberEditor({
  member,
  onSaved,
  names,
  t,
  a,
  confirmed,
}: {
  member: StaffMember;
  onSaved: (member: StaffMember) => void;
  names: Record<ProgrammeId, string>;
  t: ManageText;
  a: AdminText;
  /** Runs a change, asking for the password or a code first when the server wants a fresh confirmation. */
  confirmed: <T>(change: () => Promise<T>) => Promise<T>;
}) {
  const [draft, setDraft] = useState<StaffDraft>(member);
  const [disabled, setDisabled] = useState(member.disabled);
  const [password, setPassword] = useState('');
  const [note, setNote] = useState('');
  const save = useSave(a, 'staff');
  const base = `/api/staff/${member.id}`;
  const post = (path: string, body?: unknown) =>
    confirmed(() =>
      api(NoContent, `${base}/${path}`, { method: 'POST', ...(body ? { body: JSON.stringify(body) } : {}) }),
    );
  const act = async (change: () => Promise<string>) => {
    const done = await save.run(change);
    if (done) setNote(done);
  };
  return (
    <div className="grid gap-3 p-2">
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={async (e) => {
          e.preventDefault();
          setNote('');
          const body = {
            alias: draft.alias,
            role: draft.role,
            programmes: draft.programmes,
            capacity: draft.capacity,
            disabled,
          };
          const saved = await save.run(() =>
            confirmed(() => api(StaffMember, base, { method: 'PATCH', body: JSON.stringify(body) })),
          );
          if (saved) onSaved(saved);
        }}
      >
        <StaffFields draft={draft} onChange={setDraft} names={names} t={t} idPrefix={`staff-${member.id}`} />
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="h-5 w-5"
            checked={disabled}
            onChange={(e) => setDisabled(e.target.checked)}
          />
          {t.staff.disabled}
        </label>
        <button type="submit" className="min-h-11 rounded-lg bg-blue-800 px-4 font-semibold text-white">
          {a.save}
        </button>
      </form>
      <div className="flex flex-wrap items-end gap-3 border-t border-neutral-200 pt-2">
        <button
          type="button"
          className="min-h-11 rounded border border-neutral-500 px-3"
          onClick={() =>
            act(async () =>
              t.staff.revoked((await api(Revoked, `${base}/revoke-sessions`, { method: 'POST' })).revoked),
            )
          }
        >
          {t.staff.revoke}
        </button>
        <label className="grid gap-1 text-sm">
          {t.staff.newPassword}
          <input
            type="password"
            autoComplete="new-password"
            minLength={12}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            className={input}
          />
        </label>
        <button
          type="button"
          disabled={password.length < 12}
          className="min-h-11 rounded border border-neutral-500 px-3 disabled:opacity-60"
          onClick={() =>
            act(async () => {
              await post('reset-password', { password });
              setPassword('');
              return t.staff.resetDone;
            })
          }
        >
          {t.staff.resetPassword}
        </button>
        <button
          type="button"
          className="min-h-11 rounded border border-amber-800 px-3 text-amber-900"
          onClick={() =>
            window.confirm(t.staff.confirmTotp(member.alias)) &&
            act(async () => {
              await post('reset-totp');
              return t.staff.resetDone;
            })
          }
        >
          {t.staff.resetTotp}
        </button>
      </div>
      <SaveStatus state={save.state} t={a} />
      {note && save.state.kind === 'saved' && <p>{note}</p>}
    </div>
  );
}
