'use client';

import { RetentionSetting } from '@helpline/shared';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import type { Lang } from '~/i18n';
import { api } from '~/lib/api';
import { useApiQuery } from '~/lib/use-api-query';
import { useConfirmation } from '../auth/use-confirmation';
import { supervisorText } from '../supervisor/supervisor.i18n';
import { adminText } from './admin.i18n';
import { input } from './staff-fields';
import { SaveStatus, useSave } from './use-save';

const RetentionList = z.array(RetentionSetting);

/** The retention period per programme, with how many transcripts a run would shred now and how many are gone. */
export function RetentionAdmin({ lang }: { lang: Lang }) {
  const t = adminText(lang);
  const names = supervisorText(lang).programmes;
  const list = useApiQuery(RetentionList, '/api/retention');
  const [days, setDays] = useState<Record<string, number>>({});
  const save = useSave(t);
  const { confirmed, dialog } = useConfirmation(lang);
  useEffect(() => {
    if (list.data) setDays(Object.fromEntries(list.data.map((s) => [s.programme, s.retentionDays])));
  }, [list.data]);
  return (
    <div className="grid gap-3">
      {dialog}
      <p className="max-w-prose">{t.retention.intro}</p>
      {list.error && <p role="alert">{list.error.status === 404 ? t.unavailable : t.failed}</p>}
      <ul className="grid gap-3 md:grid-cols-2">
        {list.data?.map((s) => (
          <li key={s.programme} className="rounded-xl border border-neutral-300 bg-white p-3">
            <h2 className="text-lg font-bold">{names[s.programme]}</h2>
            <form
              className="mt-2 flex flex-wrap items-end gap-3"
              onSubmit={async (e) => {
                e.preventDefault();
                const body = JSON.stringify({ retentionDays: days[s.programme] });
                if (
                  await save.run(() =>
                    confirmed(() =>
                      api(z.unknown(), `/api/programmes/${s.programme}/retention`, { method: 'PUT', body }),
                    ),
                  )
                )
                  list.reload();
              }}
            >
              <label className="grid gap-1 text-sm">
                {t.retention.days(names[s.programme])}
                <input
                  type="number"
                  min={1}
                  max={3650}
                  value={days[s.programme] ?? s.retentionDays}
                  onChange={(e) => setDays({ ...days, [s.programme]: Number(e.target.value) })}
                  className={`${input} w-32`}
                />
              </label>
              <button type="submit" className="min-h-11 rounded-lg bg-blue-800 px-4 font-semibold text-white">
                {t.save}
              </button>
            </form>
            <dl className="mt-2 grid grid-cols-[auto_auto] justify-start gap-x-6 gap-y-1 text-sm">
              <dt>{t.retention.dueNow}</dt>
              <dd className="tabular-nums">{s.dueNow}</dd>
              <dt>{t.retention.shredded}</dt>
              <dd className="tabular-nums">{s.shredded}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <SaveStatus state={save.state} t={t} />
    </div>
  );
}
