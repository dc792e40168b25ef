'use client';

import { type ProgrammeHours as Hours, ProgrammeHours, type ProgrammeId } from '@helpline/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '~/components/button';
import type { Lang } from '~/i18n';
import { describeError } from '~/i18n/errors';
import { api } from '~/lib/api';
import { apiGet } from '~/lib/api-get';
import { adminText } from './admin.i18n';
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

type Props = { lang: Lang; programme: ProgrammeId; today: string; holidays: Holiday[] };

/** The weekly hours, dated exceptions and maximum wait of one programme, with a live preview of what they mean. */
export function HoursEditor(props: Props) {
  const t = adminText(props.lang);
  const stored = useQuery(apiGet(ProgrammeHours, `/api/programmes/${props.programme}/hours`));
  if (stored.error) return <p role="alert">{t.failed}</p>;
  if (!stored.data) return <p aria-live="polite">{t.loading}</p>;
  // The draft starts from what is stored, once per programme; a save stores the answer as the new start.
  return <HoursForm key={props.programme} {...props} stored={stored.data} />;
}

function HoursForm({ lang, programme, today, holidays, stored }: Props & { stored: Hours }) {
  const t = adminText(lang);
  const path = `/api/programmes/${programme}/hours`;
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(stored);
  const [dirty, setDirty] = useState(false);
  const save = useSave(t);
  const change = (patch: Partial<Hours>) => {
    setDraft({ ...draft, ...patch });
    setDirty(true);
    save.reset();
  };
  const closeOn = (date: string, note?: string) =>
    change({
      exceptions: [
        ...draft.exceptions.filter((e) => e.date !== date),
        { date, closed: true, ...(note ? { note } : {}) },
      ],
    });
  const submit = async () => {
    const body = cleaned(draft);
    // The same schema the server applies: a mistake is named before anything is sent.
    const issue = ProgrammeHours.safeParse(body).error?.issues[0];
    if (issue) {
      const field = issue.path.map(String).join('.');
      const label = hoursFieldName(issue.path, body, t);
      return save.fail(t.errors.notSaved(describeError({ code: 'INVALID_INPUT', field }, t.errors, label)));
    }
    const answer = await save.run(() => api(ProgrammeHours, path, { method: 'PUT', body: JSON.stringify(body) }));
    if (answer) {
      queryClient.setQueryData(apiGet(ProgrammeHours, path).queryKey, answer);
      setDraft(answer);
      setDirty(false);
    }
  };
  return (
    <form
      className="grid gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="grid content-start gap-4">
        <WeeklyEditor weekly={draft.weekly} onChange={(weekly) => change({ weekly })} t={t} />
        <ExceptionsEditor
          exceptions={draft.exceptions}
          onChange={(exceptions) => change({ exceptions })}
          onCloseToday={() => closeOn(today)}
          t={t}
        />
        <fieldset className="rounded-xl border border-neutral-300 bg-white p-3">
          <label className="grid gap-1">
            <span className="font-semibold">{t.hours.maxWait}</span>
            <input
              type="number"
              min={1}
              max={240}
              value={draft.maxWaitMinutes}
              onChange={(e) => change({ maxWaitMinutes: Number(e.target.value) })}
              aria-describedby="max-wait-help"
              className="min-h-11 w-28 rounded border border-neutral-500 px-2"
            />
          </label>
          <p id="max-wait-help" className="text-sm text-neutral-700">
            {t.hours.maxWaitHelp}
          </p>
          <label className="mt-3 grid gap-1">
            <span className="font-semibold">{t.hours.alarmAfter}</span>
            <input
              type="number"
              min={1}
              max={120}
              value={draft.alarmAfterMinutes ?? 5}
              onChange={(e) => change({ alarmAfterMinutes: Number(e.target.value) })}
              aria-describedby="alarm-after-help"
              className="min-h-11 w-28 rounded border border-neutral-500 px-2"
              data-testid="alarm-after"
            />
          </label>
          <p id="alarm-after-help" className="text-sm text-neutral-700">
            {t.hours.alarmAfterHelp}
          </p>
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" look="primary">
            {t.save}
          </Button>
          {dirty && <p className="text-amber-900">{t.hours.unsaved}</p>}
          <SaveStatus state={save.state} t={t} />
        </div>
      </div>
      <HoursPreview
        lang={lang}
        hours={draft}
        today={today}
        holidays={holidays}
        onCloseOn={(h) => closeOn(h.date, h.name)}
        t={t}
      />
    </form>
  );
}
