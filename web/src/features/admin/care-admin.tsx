'use client';

import {
  CareSettings,
  careUpdateSchemaFor,
  dimensionsOf,
  heavyCandidatesOf,
  type ProgrammeId,
  STRETCH_MINUTES,
  urgencyValues,
} from '@helpline/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type Locale, useLocale, useTranslations } from 'next-intl';
import { z } from 'zod';
import { Button } from '~/components/button';
import { Field } from '~/components/field';
import { api } from '~/lib/api';
import { apiGet } from '~/lib/api-get';
import { useSchemaForm } from '~/lib/use-schema-form';
import { LoadError } from './load-error';
import { SaveStatus, useSave } from './use-save';

const careQuery = apiGet(z.array(CareSettings), '/api/care');

/** A heavy-tag value's label: the urgency answers and the taxonomy's values, in the page's language. */
const labelsOf = (programme: ProgrammeId, locale: Locale) => {
  const dimensions = dimensionsOf(programme);
  return {
    dimension: (id: string) => dimensions.find((d) => d.id === id)?.label[locale],
    value: (dimension: string, value: string) =>
      dimension === 'urgency'
        ? urgencyValues[programme][value]?.[locale]
        : dimensions.find((d) => d.id === dimension)?.values[value]?.[locale],
  };
};

type Save = ReturnType<typeof useSave>;

/**
 * One programme's stretch length and heavy tags, checked with the schema the server applies. `save` lives with the
 * card, so "Opgeslagen." stays when the stored answer starts the form anew.
 */
function CareForm({ setting, save, onSaved }: { setting: CareSettings; save: Save; onSaved: () => void }) {
  const t = useTranslations('admin');
  const names = useTranslations('supervisor.programmes');
  const locale = useLocale();
  const { programme } = setting;
  const candidates = heavyCandidatesOf(programme);
  const labels = labelsOf(programme, locale);
  const form = useSchemaForm(careUpdateSchemaFor(programme), {
    stretchMinutes: setting.stretchMinutes,
    heavyTags: Object.fromEntries(candidates.map((c) => [c.dimension, setting.heavyTags[c.dimension] ?? []])),
  });
  const chosen = form.watch('heavyTags');
  return (
    <form
      noValidate
      className="grid gap-3"
      onSubmit={form.handleSubmit(async (body) => {
        const saved = await save.run(
          () => api(CareSettings, `/api/programmes/${programme}/care`, { method: 'PUT', body: JSON.stringify(body) }),
          form.refused,
        );
        if (saved) onSaved();
      })}
    >
      <Field
        id={`care-${programme}-stretch`}
        label={t('care.stretch')}
        hint={t('care.stretchHint', { min: STRETCH_MINUTES.min, max: STRETCH_MINUTES.max })}
        type="number"
        min={STRETCH_MINUTES.min}
        max={STRETCH_MINUTES.max}
        step={5}
        compact
        className="w-32"
        error={form.errorOf('stretchMinutes')}
        {...form.register('stretchMinutes', { valueAsNumber: true })}
      />
      <fieldset className="grid gap-2">
        <legend className="font-medium">{t('care.heavy', { programme: names(programme) })}</legend>
        <p className="max-w-prose text-sm text-neutral-700">{t('care.heavyHint')}</p>
        {candidates.map(({ dimension, values }) => {
          const count = (chosen?.[dimension] ?? []).length;
          return (
            <details
              key={dimension}
              open={(setting.heavyTags[dimension] ?? []).length > 0}
              className="rounded-lg border border-neutral-300 px-3 py-1"
              data-testid={`heavy-${dimension}`}
            >
              <summary className="min-h-11 cursor-pointer content-center">
                {dimension === 'urgency' ? t('care.urgency') : labels.dimension(dimension)}{' '}
                <span className="text-sm text-neutral-700">{t('care.chosen', { count })}</span>
              </summary>
              <fieldset className="flex flex-wrap gap-x-4 pb-2">
                <legend className="sr-only">
                  {dimension === 'urgency' ? t('care.urgency') : labels.dimension(dimension)}
                </legend>
                {values.map((value) => (
                  <label key={value} className="flex min-h-11 items-center gap-2">
                    <input
                      type="checkbox"
                      value={value}
                      className="size-5"
                      {...form.register(`heavyTags.${dimension}`)}
                    />
                    {labels.value(dimension, value) ?? value}
                  </label>
                ))}
              </fieldset>
              {form.errorOf(`heavyTags.${dimension}`) && (
                <p className="text-sm text-red-800">{form.errorOf(`heavyTags.${dimension}`)}</p>
              )}
            </details>
          );
        })}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" look="primary">
          {t('save')}
        </Button>
        <SaveStatus state={save.state} />
      </div>
    </form>
  );
}

/** A programme's card: its form starts anew from each stored answer, its save status stays. */
function CareCard({ setting, onSaved }: { setting: CareSettings; onSaved: () => void }) {
  const names = useTranslations('supervisor.programmes');
  const save = useSave();
  return (
    <li className="rounded-xl border border-neutral-300 bg-white p-3">
      <h2 className="mb-2 text-lg font-bold">{names(setting.programme)}</h2>
      <CareForm key={JSON.stringify(setting)} setting={setting} save={save} onSaved={onSaved} />
    </li>
  );
}

/**
 * Care for the counsellors, per programme: after how long a stretch of chat time the workspace suggests a break, and
 * which tags make a closed chat heavy enough to suggest one at once.
 */
export function CareAdmin() {
  const t = useTranslations('admin');
  const list = useQuery(careQuery);
  const queryClient = useQueryClient();
  const onSaved = () => void queryClient.invalidateQueries({ queryKey: careQuery.queryKey });
  return (
    <div className="grid gap-3">
      <p className="max-w-prose">{t('care.intro')}</p>
      <LoadError error={list.error} t={t} />
      <ul className="grid gap-3 lg:grid-cols-2">
        {list.data?.map((s) => (
          <CareCard key={s.programme} setting={s} onSaved={onSaved} />
        ))}
      </ul>
    </div>
  );
}
