'use client';

import { CannedResponse, CannedResponseCreate, CannedResponseList, type ProgrammeId } from '@helpline/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { z } from 'zod';
import { Button } from '~/components/button';
import { Field, SelectField, TextAreaField } from '~/components/field';
import type { Text } from '~/i18n/text';
import { type ApiError, api } from '~/lib/api';
import { apiGet } from '~/lib/api-get';
import { useSchemaForm } from '~/lib/use-schema-form';
import { LoadError } from './load-error';
import { SaveStatus, useSave } from './use-save';

/** The fields of a canned response, checked as the server checks them. */
const CannedDraft = CannedResponseCreate.omit({ programme: true });
type Draft = z.output<typeof CannedDraft>;
const blank: Draft = { language: 'nl', title: '', body: '', position: 0 };

/** One form for a new or an existing canned response. */
function CannedForm({
  value,
  idPrefix,
  submitLabel,
  onSubmit,
  t,
}: {
  value: Draft;
  idPrefix: string;
  submitLabel: string;
  /** Saves; false when refused (a refused field is put on the form). */
  onSubmit: (d: Draft, refused: (error: ApiError) => void) => Promise<boolean>;
  t: Text<'admin.manage'>;
}) {
  const form = useSchemaForm(CannedDraft, value);
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <form
      className="grid gap-2 p-2 md:grid-cols-[10rem_1fr_6rem]"
      noValidate
      onSubmit={form.handleSubmit(async (d) => {
        if ((await onSubmit(d, form.refused)) && value === blank) form.reset();
      })}
    >
      <SelectField id={id('language')} label={t('canned.language')} compact {...form.register('language')}>
        <option value="nl">{t('canned.languages.nl')}</option>
        <option value="en">{t('canned.languages.en')}</option>
      </SelectField>
      <Field
        id={id('title')}
        label={t('canned.title')}
        compact
        error={form.errorOf('title')}
        {...form.register('title')}
      />
      <Field
        id={id('position')}
        label={t('canned.position')}
        type="number"
        min={0}
        compact
        className="w-24"
        error={form.errorOf('position')}
        {...form.register('position', { valueAsNumber: true })}
      />
      <div className="md:col-span-3">
        <TextAreaField
          id={id('body')}
          label={t('canned.body')}
          rows={3}
          compact
          error={form.errorOf('body')}
          {...form.register('body')}
        />
      </div>
      <Button type="submit" look="primary" className="justify-self-start">
        {submitLabel}
      </Button>
    </form>
  );
}

/** The canned responses of one programme: add, change, remove. */
export function CannedAdmin({ programme }: { programme: ProgrammeId }) {
  const t = useTranslations('admin.manage');
  const a = useTranslations('admin');
  const listQuery = apiGet(CannedResponseList, `/api/canned-responses?programme=${programme}`);
  const list = useQuery(listQuery);
  const queryClient = useQueryClient();
  const save = useSave();
  const changed = <T,>(answer: T | null) => {
    if (answer !== null) void queryClient.invalidateQueries({ queryKey: listQuery.queryKey });
    return answer !== null;
  };
  const sorted = [...(list.data ?? [])].sort((x, y) => x.language.localeCompare(y.language) || x.position - y.position);
  const send = (path: string, method: string, body: unknown) =>
    api(CannedResponse, path, { method, body: JSON.stringify(body) });
  return (
    <div className="grid gap-3">
      <SaveStatus state={save.state} />
      <LoadError error={list.error} t={a} />
      <details className="rounded-xl border border-neutral-300 bg-white p-2">
        <summary className="inline-flex min-h-11 cursor-pointer items-center px-1 font-semibold">
          {t('canned.add')}
        </summary>
        <CannedForm
          value={blank}
          idPrefix="new-canned"
          submitLabel={a('add')}
          t={t}
          onSubmit={async (d, refused) =>
            changed(await save.run(() => send('/api/canned-responses', 'POST', { ...d, programme }), refused))
          }
        />
      </details>
      {list.data && sorted.length === 0 && <p>{t('canned.empty')}</p>}
      <ul className="grid gap-2">
        {sorted.map((c) => (
          <li key={c.id} className="rounded-xl border border-neutral-300 bg-white">
            <details>
              <summary className="flex min-h-11 cursor-pointer flex-wrap items-baseline gap-x-3 px-3 py-2">
                <span className="rounded bg-neutral-200 px-1 text-xs font-semibold uppercase">{c.language}</span>
                <span className="font-semibold">{c.title}</span>
                <span className="min-w-0 flex-1 truncate text-neutral-700">{c.body}</span>
              </summary>
              <CannedForm
                value={{ language: c.language, title: c.title, body: c.body, position: c.position }}
                idPrefix={`canned-${c.id}`}
                submitLabel={a('save')}
                t={t}
                onSubmit={async (d, refused) =>
                  changed(await save.run(() => send(`/api/canned-responses/${c.id}`, 'PATCH', d), refused))
                }
              />
              <Button
                look="danger"
                aria-label={t('canned.remove', { title: c.title })}
                className="m-2"
                onClick={async () =>
                  changed(await save.run(() => api(z.unknown(), `/api/canned-responses/${c.id}`, { method: 'DELETE' })))
                }
              >
                {a('remove')}
              </Button>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
