'use client';

import { type Referral, ReferralList } from '@helpline/shared/http';
import { useCallback, useEffect, useState } from 'react';
import { api } from '~/lib/api';
import { useWorkspace } from '../workspace/workspace-context';
import { ReferralItem } from './referral-item';
import { referralsText } from './referrals.i18n';
import { useClinics } from './use-clinics';

const FOLLOWED_UP_DAYS = 30;

/** Call appointments to follow up: overdue first, then upcoming, then those followed up lately. */
export function ReferralsView() {
  const { lang } = useWorkspace();
  const t = referralsText[lang];
  const clinics = useClinics();
  const [lists, setLists] = useState<{ overdue: Referral[]; upcoming: Referral[]; done: Referral[] } | null>(null);
  const load = useCallback(() => {
    const since = new Date(Date.now() - FOLLOWED_UP_DAYS * 86_400_000).toISOString();
    const get = (query: string) => api(ReferralList, `/api/referrals?kind=call-appointment&${query}`);
    Promise.all([
      get('due=overdue'),
      get('due=upcoming'),
      Promise.all(
        ['called', 'no-show', 'cancelled'].map((s) =>
          get(
            `status=${s}&from=${encodeURIComponent(since)}&to=${encodeURIComponent(new Date(Date.now() + 366 * 86_400_000).toISOString())}`,
          ),
        ),
      ),
    ]).then(
      ([overdue, upcoming, done]) =>
        setLists({
          overdue,
          upcoming,
          done: done.flat().sort((a, b) => b.appointmentAt.localeCompare(a.appointmentAt)),
        }),
      () => setLists({ overdue: [], upcoming: [], done: [] }),
    );
  }, []);
  useEffect(() => load(), [load]);
  const section = (id: string, title: string, list: Referral[] | undefined) => (
    <section aria-labelledby={id} className="mt-4">
      <h3 id={id} className="font-semibold">
        {title} {list && <span className="text-neutral-700">({list.length})</span>}
      </h3>
      {list && list.length === 0 && <p className="text-sm text-neutral-700">{t.noneListed}</p>}
      <ul className="mt-1 grid max-w-3xl gap-1.5" data-testid={id}>
        {list?.map((r) => (
          <ReferralItem key={r.id} referral={r} clinics={clinics} lang={lang} onChanged={load} />
        ))}
      </ul>
    </section>
  );
  return (
    <main className="min-w-0 flex-1 overflow-y-auto p-4">
      <h2 className="text-lg font-bold">{t.title}</h2>
      {section('referrals-overdue', t.overdueList, lists?.overdue)}
      {section('referrals-upcoming', t.upcoming, lists?.upcoming)}
      {section('referrals-done', t.done, lists?.done)}
    </main>
  );
}
