'use client';

import { RetentionSetting, RetentionUpdate } from '@helpline/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { z } from 'zod';
import { Button } from '~/components/button';
import { Field } from '~/components/field';
import type { Text } from '~/i18n/text';
import { type ApiError, api } from '~/lib/api';
import { apiGet } from '~/lib/api-get';
import { useSchemaForm } from '~/lib/use-schema-form';
import { useConfirmation } from '../auth/use-confirmation';
import { LoadError } from './load-error';
import { SaveStatus, useSave } from './use-save';

const retentionQuery = apiGet(z.array(RetentionSetting), '/api/retention');

/** One programme's retention period, checked as the server checks it. */
function RetentionForm({
  setting,
  label,
  t,
  onSave,
  onSaved,
}: {
  setting: RetentionSetting;
  label: string;
  t: Text<'admin'>;
  onSave: (body: RetentionUpdate, refused: (error: ApiError) => void) => Promise<unknown>;
  onSaved: () => void;
}) {
  const form = useSchemaForm(RetentionUpdate, { retentionDays: setting.retentionDays });
  return (
    <form
      className="mt-2 flex flex-wrap items-start gap-3"
      noValidate
      onSubmit={form.handleSubmit(async (body) => {
        if ((await onSave(body, form.refused)) !== null) onSaved();
      })}
    >
      <Field
        id={`retention-${setting.programme}`}
        label={label}
        type="number"
        min={1}
        max={3650}
        compact
        className="w-32"
        error={form.errorOf('retentionDays')}
        {...form.register('retentionDays', { valueAsNumber: true })}
      />
      <Button type="submit" look="primary" className="mt-6">
        {t('save')}
      </Button>
    </form>
  );
}

/** The retention period per programme, with how many transcripts a run would shred now and how many are gone. */
export function RetentionAdmin() {
  const t = useTranslations('admin');
  const names = useTranslations('supervisor.programmes');
  const list = useQuery(retentionQuery);
  const queryClient = useQueryClient();
  const save = useSave();
  const { confirmed, dialog } = useConfirmation();
  return (
    <div className="grid gap-3">
      {dialog}
      <p className="max-w-prose">{t('retention.intro')}</p>
      <LoadError error={list.error} t={t} />
      <ul className="grid gap-3 md:grid-cols-2">
        {list.data?.map((s) => (
          <li key={s.programme} className="rounded-xl border border-neutral-300 bg-white p-3">
            <h2 className="text-lg font-bold">{names(s.programme)}</h2>
            <RetentionForm
              setting={s}
              label={t('retention.days', { programme: names(s.programme) })}
              t={t}
              onSave={(body, refused) =>
                save.run(
                  () =>
                    confirmed(() =>
                      api(z.unknown(), `/api/programmes/${s.programme}/retention`, {
                        method: 'PUT',
                        body: JSON.stringify(body),
                      }),
                    ),
                  refused,
                )
              }
              onSaved={() => void queryClient.invalidateQueries({ queryKey: retentionQuery.queryKey })}
            />
            <dl className="mt-2 grid grid-cols-[auto_auto] justify-start gap-x-6 gap-y-1 text-sm">
              <dt>{t('retention.dueNow')}</dt>
              <dd className="tabular-nums">{s.dueNow}</dd>
              <dt>{t('retention.shredded')}</dt>
              <dd className="tabular-nums">{s.shredded}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <SaveStatus state={save.state} />
    </div>
  );
}
