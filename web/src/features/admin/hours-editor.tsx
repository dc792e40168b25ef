'use client';

import {
  DEFAULT_MAILBOX_REPLY_DAYS,
  type ProgrammeHours as Hours,
  ProgrammeHours,
  type ProgrammeId,
  replyDueBy,
} from '@helpline/shared';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type Locale, useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { type Resolver, useFieldArray, useForm } from 'react-hook-form';
import { Button } from '~/components/button';
import { Field } from '~/components/field';
import { describeError } from '~/i18n/errors/describe-error';
import { api } from '~/lib/api';
import { apiGet } from '~/lib/api-get';
import { formatDueDay } from '~/lib/format-time';
import { ExceptionsEditor } from './exceptions-editor';
import type { Holiday } from './holidays.server';
import { hoursFieldName } from './hours-field';
import { HoursPreview } from './hours-preview';
import { SaveStatus, useSave } from './use-save';
import { WeeklyEditor } from './weekly-editor';

/** What is sent: no times on a closed day, no empty notes. */
const cleaned = (hours: Hours): Hours => ({
  ...hours,
  exceptions: hours.exceptions.map(({ date, closed, opens, closes, note }) => ({
    date,
    ...(closed ? { closed: true } : { opens, closes }),
    ...(note?.trim() ? { note: note.trim() } : {}),
  })),
});

type Props = { lang: Locale; programme: ProgrammeId; today: string; holidays: Holiday[] };

/**
 * The weekly hours, dated exceptions, maximum wait, alarm threshold and mailbox reply promise of one programme, with a
 * live preview of what the hours mean.
 */
export function HoursEditor(props: Props) {
  const t = useTranslations('admin');
  const stored = useQuery(apiGet(ProgrammeHours, `/api/programmes/${props.programme}/hours`));
  if (stored.error) return <p role="alert">{t('failed')}</p>;
  if (!stored.data) return <p aria-live="polite">{t('loading')}</p>;
  // The draft starts from what is stored, once per programme; a save stores the answer as the new start.
  return <HoursForm key={props.programme} {...props} stored={stored.data} />;
}

const checkHours = zodResolver(ProgrammeHours);
/** The server's schema, applied to what would be sent. */
const hoursResolver: Resolver<Hours> = (values, context, options) => checkHours(cleaned(values), context, options);

function HoursForm({ programme, today, holidays, stored }: Props & { stored: Hours }) {
  const t = useTranslations('admin');
  const errors = useTranslations('errors');
  const locale = useLocale();
  const time = useTranslations('common.time');
  const path = `/api/programmes/${programme}/hours`;
  const queryClient = useQueryClient();
  const form = useForm<Hours>({
    resolver: hoursResolver,
    defaultValues: {
      ...stored,
      alarmAfterMinutes: stored.alarmAfterMinutes ?? 5,
      mailboxReplyDays: stored.mailboxReplyDays ?? DEFAULT_MAILBOX_REPLY_DAYS,
    },
    // The save line names the first mistake; focus stays on the button, as before.
    shouldFocusError: false,
  });
  const weekly = useFieldArray({ control: form.control, name: 'weekly' });
  const exceptions = useFieldArray({ control: form.control, name: 'exceptions' });
  const save = useSave();
  const { reset: resetStatus } = save;
  // A change makes the last outcome stale.
  useEffect(() => {
    const { unsubscribe } = form.watch(() => resetStatus());
    return unsubscribe;
  }, [form, resetStatus]);
  const hours = form.watch();
  // The preview follows the last hours that pass the schema: a time being typed ('9u') means nothing yet.
  const lastValid = useRef(stored);
  const checked = ProgrammeHours.safeParse(cleaned(hours));
  if (checked.success) lastValid.current = checked.data;
  const closeOn = (date: string, note?: string) =>
    exceptions.replace([
      ...form.getValues('exceptions').filter((e) => e.date !== date),
      { date, closed: true, ...(note ? { note } : {}) },
    ]);
  const invalid = () => {
    // The first mistake is named in the save line, the way the server would name it (every one is marked).
    const body = cleaned(form.getValues());
    const issue = ProgrammeHours.safeParse(body).error?.issues[0];
    if (!issue) return;
    const field = issue.path.map(String).join('.');
    save.fail(
      errors('notSaved', {
        reason: describeError({ code: 'INVALID_INPUT', field }, errors, hoursFieldName(issue.path, body, t, locale)),
      }),
    );
  };
  const submit = (body: Hours) =>
    save.run(async () => {
      const answer = await api(ProgrammeHours, path, { method: 'PUT', body: JSON.stringify(body) });
      queryClient.setQueryData(apiGet(ProgrammeHours, path).queryKey, answer);
      // Before the outcome is shown: the new start is not a change that makes it stale.
      form.reset(answer);
      return answer;
    });
  const whole = (name: 'maxWaitMinutes' | 'alarmAfterMinutes' | 'mailboxReplyDays') => ({
    ...form.register(name, { valueAsNumber: true }),
    error: form.formState.errors[name] && describeError({ code: 'INVALID_INPUT', field: name }, errors, ''),
  });
  return (
    <form
      className="grid gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]"
      noValidate
      onSubmit={form.handleSubmit(submit, invalid)}
    >
      <div className="grid content-start gap-4">
        <WeeklyEditor fields={weekly} register={form.register} errors={form.formState.errors.weekly} t={t} />
        <ExceptionsEditor
          fields={exceptions}
          values={hours.exceptions}
          register={form.register}
          errors={form.formState.errors.exceptions}
          onCloseToday={() => closeOn(today)}
          t={t}
        />
        <fieldset className="grid gap-3 rounded-xl border border-neutral-300 bg-white p-3">
          <Field
            id="max-wait"
            label={<span className="font-semibold">{t('hours.maxWait')}</span>}
            type="number"
            min={1}
            max={240}
            compact
            className="w-28"
            hint={t('hours.maxWaitHelp')}
            {...whole('maxWaitMinutes')}
          />
          <Field
            id="alarm-after"
            label={<span className="font-semibold">{t('hours.alarmAfter')}</span>}
            type="number"
            min={1}
            max={120}
            compact
            className="w-28"
            hint={t('hours.alarmAfterHelp')}
            data-testid="alarm-after"
            {...whole('alarmAfterMinutes')}
          />
        </fieldset>
        <fieldset className="grid gap-3 rounded-xl border border-neutral-300 bg-white p-3">
          <legend className="px-1 font-bold">{t('hours.mailbox')}</legend>
          <Field
            id="mailbox-reply-days"
            label={<span className="font-semibold">{t('hours.mailboxReplyDays')}</span>}
            type="number"
            min={1}
            max={30}
            compact
            className="w-28"
            hint={t('hours.mailboxReplyDaysHelp')}
            data-testid="mailbox-reply-days"
            {...whole('mailboxReplyDays')}
          />
          <p data-testid="mailbox-reply-preview">
            {t('hours.mailboxReplyPreview', {
              day: formatDueDay(
                replyDueBy(
                  lastValid.current,
                  new Date(),
                  lastValid.current.mailboxReplyDays ?? DEFAULT_MAILBOX_REPLY_DAYS,
                ),
                time,
              ),
            })}
          </p>
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" look="primary">
            {t('save')}
          </Button>
          {form.formState.isDirty && <p className="text-amber-900">{t('hours.unsaved')}</p>}
          <SaveStatus state={save.state} />
        </div>
      </div>
      <HoursPreview
        hours={lastValid.current}
        today={today}
        holidays={holidays}
        onCloseOn={(h) => closeOn(h.date, h.name)}
        t={t}
      />
    </form>
  );
}
