'use client';

import { StaffCreate, StaffMember } from '@helpline/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Pencil, UserPlus } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Button } from '~/components/button';
import { Field } from '~/components/field';
import { api } from '~/lib/api';
import { useSchemaForm } from '~/lib/use-schema-form';
import { useConfirmation } from '../auth/use-confirmation';
import { staffQuery } from './admin-queries';
import { type BindField, StaffFields } from './staff-fields';
import { StaffMemberEditor } from './staff-member';
import { SaveStatus, useSave } from './use-save';

const blank: StaffCreate = {
  username: '',
  alias: '',
  role: 'counsellor',
  programmes: ['helpwanted'],
  capacity: 2,
  password: '',
};

/** Every staff member with their settings, a form to add one, and per member the changes a supervisor may make. */
export function StaffAdmin() {
  const t = useTranslations('admin.manage');
  const a = useTranslations('admin');
  const names = useTranslations('supervisor.programmes');
  const list = useQuery(staffQuery);
  const queryClient = useQueryClient();
  const reload = () => void queryClient.invalidateQueries({ queryKey: staffQuery.queryKey });
  const form = useSchemaForm(StaffCreate, blank);
  const bind: BindField = (name) => ({
    ...form.register(name, { valueAsNumber: name === 'capacity' }),
    error: form.errorOf(name),
  });
  const create = useSave();
  // Creating members and changing roles, programmes or access ask for the password or a code when it is not recent.
  const { confirmed, dialog } = useConfirmation();
  const submit = async (member: StaffCreate) => {
    const made = await create.run(
      () => confirmed(() => api(StaffMember, '/api/staff', { method: 'POST', body: JSON.stringify(member) })),
      form.refused,
    );
    if (made) {
      reload();
      form.reset();
    }
  };
  return (
    <div className="grid gap-4">
      {dialog}
      <details className="rounded-xl border border-neutral-300 bg-white p-3">
        <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 font-semibold">
          <UserPlus aria-hidden="true" size={20} />
          {t('staff.add')}
        </summary>
        <form className="mt-2 flex flex-wrap items-start gap-3" noValidate onSubmit={form.handleSubmit(submit)}>
          <Field
            id="new-staff-username"
            label={t('staff.username')}
            autoComplete="off"
            compact
            error={form.errorOf('username')}
            {...form.register('username')}
          />
          <StaffFields bind={bind} names={names} t={t} idPrefix="new-staff" />
          <Field
            id="new-staff-password"
            label={t('staff.password')}
            type="password"
            autoComplete="new-password"
            compact
            error={form.errorOf('password')}
            {...form.register('password')}
          />
          <Button type="submit" look="primary" className="mt-6">
            {t('staff.create')}
          </Button>
          <SaveStatus state={create.state} />
        </form>
      </details>
      {list.error && <p role="alert">{a('failed')}</p>}
      <ul className="grid gap-2" data-testid="staff-list">
        {list.data?.map((m) => (
          <li key={m.id} className="rounded-xl border border-neutral-300 bg-white">
            <details>
              <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-x-4 px-3 py-2">
                <span className="font-semibold">{m.alias}</span>
                <span className="text-neutral-700">{m.username}</span>
                <span>{t(`staff.roles.${m.role}`)}</span>
                <span>{m.programmes.map((p) => names(p)).join(', ')}</span>
                <span>
                  {t('staff.capacity')}: {m.capacity}
                </span>
                <span className={m.disabled ? 'font-semibold text-red-800' : 'text-emerald-800'}>
                  {m.disabled ? t('staff.disabled') : t('staff.active')}
                </span>
                <span className="ml-auto inline-flex items-center gap-1 text-blue-900 underline underline-offset-4">
                  <Pencil aria-hidden="true" size={16} />
                  {t('staff.edit', { alias: m.alias })}
                </span>
              </summary>
              <StaffMemberEditor member={m} onSaved={reload} names={names} t={t} a={a} confirmed={confirmed} />
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
