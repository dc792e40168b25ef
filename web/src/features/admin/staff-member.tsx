'use client';

import { StaffMember, StaffPasswordReset, StaffPatch } from '@helpline/shared';
import { useState } from 'react';
import { z } from 'zod';
import { Button } from '~/components/button';
import { Field } from '~/components/field';
import type { Text } from '~/i18n/text';
import { type ApiError, api } from '~/lib/api';
import { useSchemaForm } from '~/lib/use-schema-form';
import { type BindField, StaffFields } from './staff-fields';
import { SaveStatus, useSave } from './use-save';

const Revoked = z.object({ revoked: z.number() });
const NoContent = z.unknown();
/** What a supervisor changes in a member's settings: the server's own change, with every field given. */
const StaffSettings = StaffPatch.required();
const settingsOf = ({ alias, role, programmes, capacity, disabled }: StaffMember) => ({
  alias,
  role,
  programmes,
  capacity,
  disabled,
});

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
  onSaved: () => void;
  names: Text<'supervisor.programmes'>;
  t: Text<'admin.manage'>;
  a: Text<'admin'>;
  /** Runs a change, asking for the password or a code first when the server wants a fresh confirmation. */
  confirmed: <T>(change: () => Promise<T>) => Promise<T>;
}) {
  const settings = useSchemaForm(StaffSettings, settingsOf(member));
  const bind: BindField = (name) => ({
    ...settings.register(name, { valueAsNumber: name === 'capacity' }),
    error: settings.errorOf(name),
  });
  const reset = useSchemaForm(StaffPasswordReset, { password: '' });
  const [note, setNote] = useState('');
  const save = useSave('staff');
  const base = `/api/staff/${member.id}`;
  const post = (path: string, body?: unknown) =>
    confirmed(() =>
      api(NoContent, `${base}/${path}`, { method: 'POST', ...(body ? { body: JSON.stringify(body) } : {}) }),
    );
  const act = async (change: () => Promise<string>, refused?: (error: ApiError) => void) => {
    setNote('');
    const done = await save.run(change, refused);
    if (done) setNote(done);
  };
  const idPrefix = `staff-${member.id}`;
  return (
    <div className="grid gap-3 p-2">
      <form
        className="flex flex-wrap items-start gap-3"
        noValidate
        onSubmit={settings.handleSubmit(async (body) => {
          setNote('');
          const saved = await save.run(
            () => confirmed(() => api(StaffMember, base, { method: 'PATCH', body: JSON.stringify(body) })),
            settings.refused,
          );
          if (saved) onSaved();
        })}
      >
        <StaffFields bind={bind} names={names} t={t} idPrefix={idPrefix} />
        <label className="mt-6 flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" className="h-5 w-5" {...settings.register('disabled')} />
          {t('staff.disabled')}
        </label>
        <Button type="submit" look="primary" className="mt-6">
          {a('save')}
        </Button>
      </form>
      <div className="flex flex-wrap items-start gap-3 border-t border-neutral-200 pt-2">
        <Button
          className="mt-6"
          onClick={() =>
            act(async () =>
              t('staff.revoked', { n: (await api(Revoked, `${base}/revoke-sessions`, { method: 'POST' })).revoked }),
            )
          }
        >
          {t('staff.revoke')}
        </Button>
        <form
          className="flex flex-wrap items-start gap-3"
          noValidate
          onSubmit={reset.handleSubmit(({ password }) =>
            act(async () => {
              await post('reset-password', { password });
              reset.reset();
              return t('staff.resetDone');
            }, reset.refused),
          )}
        >
          <Field
            id={`${idPrefix}-password`}
            label={t('staff.newPassword')}
            type="password"
            autoComplete="new-password"
            compact
            error={reset.errorOf('password')}
            {...reset.register('password')}
          />
          <Button type="submit" className="mt-6">
            {t('staff.resetPassword')}
          </Button>
        </form>
        <Button
          look="warning"
          className="mt-6"
          onClick={() =>
            window.confirm(t('staff.confirmTotp', { alias: member.alias })) &&
            act(async () => {
              await post('reset-totp');
              return t('staff.resetDone');
            })
          }
        >
          {t('staff.resetTotp')}
        </Button>
      </div>
      <SaveStatus state={save.state} />
      {note && save.state.kind === 'saved' && <p>{note}</p>}
    </div>
  );
}
