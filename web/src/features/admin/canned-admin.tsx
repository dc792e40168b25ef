'use client';

import { CannedResponse, CannedResponseList, type ProgrammeId } from '@helpline/shared';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import type { Lang } from '~/i18n';
import { api } from '~/lib/api';
import { useApiQuery } from '~/lib/use-api-query';
import { adminText } from './admin.i18n';
import { manageText } from './manage.i18n';
import { input } from './staff-fields';
import { SaveStatus, useSave } from './use-save';

type Draft = Pick<CannedResponse, 'language' | 'title' | 'body' | 'position'>;
const blank: Draft = { language: 'nl', title: '', body: '', position: 0 };

/** One form for a new or an existing canned response. */
function CannedForm({
  value,
  submitLabel,
  onSubmit,
  t,
}: {
  value: Draft;
  submitLabel: string;
  onSubmit: (d: Draft) => Promise<boolean>;
  t: ReturnType<typeof manageText>;
}) {
  const [draft, setDraft] = useState(value);
  return (
    <form
      className="grid gap-2 p-2 md:grid-cols-[10rem_1fr_6rem]"
      onSubmit={async (e) => {
        e.preventDefault();
        if ((await onSubmit(draft)) && value === blank) setDraft(blank);
      }}
    >
      <label className="grid gap-1 text-sm">
        {t.canned.language}
        <select
          value={draft.language}
          onChange={(e) => setDraft({ ...draft, language: e.target.value === 'en' ? 'en' : 'nl' })}
          className={input}
        >
          <option value="nl">{t.canned.languages.nl}</option>
          <option value="en">{t.canned.languages.en}</option>
        </select>
      </label>
      <label className="grid gap-1 text-sm">
        {t.canned.title}
        <input
          required
          maxLength={80}
          value={draft.title}
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
          className={input}
        />
      </label>
      <label className="grid gap-1 text-sm">
        {t.canned.position}
        <input
          type="number"
          min={0}
          value={draft.position}
          onChange={(e) => setDraft({ ...draft, position: Number(e.target.value) })}
          className={input}
        />
      </label>
      <label className="grid gap-1 text-sm md:col-span-3">
        {t.canned.body}
        <textarea
          required
          maxLength={4000}
          rows={3}
          value={draft.body}
          onChange={(e) => setDraft({ ...draft, body: e.target.value })}
          className={`${input} py-1`}
        />
      </label>
      <button
        type="submit"
        className="min-h-11 justify-self-start rounded-lg bg-blue-800 px-4 font-semibold text-white"
      >
        {submitLabel}
      </button>
    </form>
  );
}

/** The canned responses of one programme: add, change, remove. */
export function CannedAdmin({ lang, programme }: { lang: Lang; programme: ProgrammeId }) {
  const t = manageText(lang);
  const a = adminText(lang);
  const list = useApiQuery(CannedResponseList, `/api/canned-responses?programme=${programme}`);
  const [items, setItems] = useState<CannedResponse[]>([]);
  const save = useSave(a);
  useEffect(() => {
    if (list.data) setItems(list.data);
  }, [list.data]);
  const sorted = [...items].sort((x, y) => x.language.localeCompare(y.language) || x.position - y.position);
  const send = (path: string, method: string, body: unknown) =>
    api(CannedResponse, path, { method, body: JSON.stringify(body) });
  return (
    <div className="grid gap-3">
      <SaveStatus state={save.state} t={a} />
      {list.error && <p role="alert">{list.error.status === 404 ? a.unavailable : a.failed}</p>}
      <details className="rounded-xl border border-neutral-300 bg-white p-2">
        <summary className="inline-flex min-h-11 cursor-pointer items-center px-1 font-semibold">
          {t.canned.add}
        </summary>
        <CannedForm
          value={blank}
          submitLabel={a.add}
          t={t}
          onSubmit={async (d) => {
            const made = await save.run(() => send('/api/canned-responses', 'POST', { ...d, programme }));
            if (made) setItems((all) => [...all, made]);
            return made !== null;
          }}
        />
      </details>
      {list.data && sorted.length === 0 && <p>{t.canned.empty}</p>}
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
                value={c}
                submitLabel={a.save}
                t={t}
                onSubmit={async (d) => {
                  const changed = await save.run(() => send(`/api/canned-responses/${c.id}`, 'PATCH', d));
                  if (changed) setItems((all) => all.map((x) => (x.id === c.id ? changed : x)));
                  return changed !== null;
                }}
              />
              <button
                type="button"
                aria-label={t.canned.remove(c.title)}
                className="m-2 min-h-11 rounded border border-red-800 px-3 text-red-800"
                onClick={async () => {
                  const gone = await save.run(() =>
                    api(z.unknown(), `/api/canned-responses/${c.id}`, { method: 'DELETE' }).then(() => true),
                  );
                  if (gone) setItems((all) => all.filter((x) => x.id !== c.id));
                }}
              >
                {a.remove}
              </button>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
