'use client';

import { Clinic, ClinicCreate, ClinicList, type ClinicPatch } from '@helpline/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { Button } from '~/components/button';
import { Field } from '~/components/field';
import type { Text } from '~/i18n/text';
import { type ApiError, api } from '~/lib/api';
import { apiGet } from '~/lib/api-get';
import { useSchemaForm } from '~/lib/use-schema-form';
import { LoadError } from './load-error';
import { SaveStatus, useSave } from './use-save';

const clinicsQuery = apiGet(ClinicList, '/api/clinics');

const ClinicName = ClinicCreate.pick({ name: true });

/** A clinic's name, changed in its row of the table. */
function RenameForm({
  clinic,
  onRename,
  t,
  a,
}: {
  clinic: Clinic;
  onRename: (name: string, refused: (error: ApiError) => void) => Promise<void>;
  t: Text<'admin.manage'>;
  a: Text<'admin'>;
}) {
  const form = useSchemaForm(ClinicName, { name: clinic.name });
  const error = form.errorOf('name');
  const errorId = `clinic-${clinic.id}-name-error`;
  return (
    <form className="grid gap-1" noValidate onSubmit={form.handleSubmit(({ name }) => onRename(name, form.refused))}>
      <span className="flex gap-2">
        <input
          aria-label={t('clinics.rename', { name: clinic.name })}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? errorId : undefined}
          className="min-h-11 rounded border border-neutral-500 bg-white px-2 aria-[invalid=true]:border-red-800"
          {...form.register('name')}
        />
        <Button type="submit">{a('save')}</Button>
      </span>
      {error && (
        <span id={errorId} className="text-sm text-red-800">
          {error}
        </span>
      )}
    </form>
  );
}

/** The clinics referrals go to: add one, rename, make default, stop or start using one. */
export function ClinicsAdmin() {
  const t = useTranslations('admin.manage');
  const a = useTranslations('admin');
  const list = useQuery(clinicsQuery);
  const queryClient = useQueryClient();
  // A new default changes the old one too: read the list again after every change.
  const reload = () => queryClient.invalidateQueries({ queryKey: clinicsQuery.queryKey });
  const save = useSave();
  const create = useSchemaForm(ClinicCreate, { id: '', name: '' });
  const patch = async (clinicId: string, body: ClinicPatch, refused?: (error: ApiError) => void) => {
    const changed = await save.run(
      () => api(Clinic, `/api/clinics/${clinicId}`, { method: 'PATCH', body: JSON.stringify(body) }),
      refused,
    );
    if (changed) void reload();
  };
  return (
    <div className="grid gap-3">
      <LoadError error={list.error} t={a} />
      <table className="w-full border-collapse rounded-xl bg-white text-sm" data-testid="clinics-table">
        <caption className="sr-only">{t('clinics.heading')}</caption>
        <thead>
          <tr className="text-left">
            <th scope="col" className="border-b border-neutral-400 p-2">
              {t('clinics.name')}
            </th>
            <th scope="col" className="border-b border-neutral-400 p-2">
              {t('clinics.code')}
            </th>
            <th scope="col" className="border-b border-neutral-400 p-2">
              {t('clinics.isDefault')}
            </th>
            <th scope="col" className="border-b border-neutral-400 p-2">
              {t('clinics.isActive')}
            </th>
            <th scope="col" className="border-b border-neutral-400 p-2">
              <span className="sr-only">{a('save')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.data?.map((c) => (
            <tr key={c.id}>
              <th scope="row" className="border-b border-neutral-200 p-2 text-left font-normal">
                <RenameForm clinic={c} onRename={(name, refused) => patch(c.id, { name }, refused)} t={t} a={a} />
              </th>
              <td className="border-b border-neutral-200 p-2 font-mono">{c.id}</td>
              <td className="border-b border-neutral-200 p-2">{c.isDefault ? t('clinics.yes') : t('clinics.no')}</td>
              <td className="border-b border-neutral-200 p-2">{c.isActive ? t('clinics.yes') : t('clinics.no')}</td>
              <td className="border-b border-neutral-200 p-2">
                <span className="flex flex-wrap gap-2">
                  {!c.isDefault && c.isActive && (
                    <Button onClick={() => patch(c.id, { isDefault: true })}>
                      {t('clinics.makeDefault', { name: c.name })}
                    </Button>
                  )}
                  {!c.isDefault && (
                    <Button onClick={() => patch(c.id, { isActive: !c.isActive })}>
                      {c.isActive ? t('clinics.deactivate', { name: c.name }) : t('clinics.activate', { name: c.name })}
                    </Button>
                  )}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="flex flex-wrap items-start gap-3 rounded-xl border border-neutral-300 bg-white p-3"
        noValidate
        onSubmit={create.handleSubmit(async (clinic) => {
          const made = await save.run(
            () => api(Clinic, '/api/clinics', { method: 'POST', body: JSON.stringify(clinic) }),
            create.refused,
          );
          if (made) {
            void reload();
            create.reset();
          }
        })}
      >
        <Field
          id="new-clinic-id"
          label={t('clinics.id')}
          compact
          error={create.errorOf('id')}
          {...create.register('id')}
        />
        <Field
          id="new-clinic-name"
          label={t('clinics.name')}
          compact
          error={create.errorOf('name')}
          {...create.register('name')}
        />
        <Button type="submit" look="primary" className="mt-6">
          {t('clinics.add')}
        </Button>
      </form>
      <SaveStatus state={save.state} />
    </div>
  );
}
