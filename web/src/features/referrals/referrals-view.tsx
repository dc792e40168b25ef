'use client';

import { type Referral, ReferralList } from '@helpline/shared/http';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { api } from '~/lib/api';
import { ReferralItem } from './referral-item';
import { useClinics } from './use-clinics';

const FOLLOWED_UP_DAYS = 30;
const DAY_MS = 86_400_000;

/** Call appointments overdue, upcoming, and followed up in the last 30 days (latest first). */
const followUps = async () => {
  const since = new Date(Date.now() - FOLLOWED_UP_DAYS * DAY_MS).toISOString();
  const until = new Date(Date.now() + 366 * DAY_MS).toISOString();
  const get = (query: string) => api(ReferralList, `/api/referrals?kind=call-appointment&${query}`);
  const [overdue, upcoming, done] = await Promise.all([
    get('due=overdue'),
    get('due=upcoming'),
    Promise.all(
      ['called', 'no-show', 'cancelled'].map((s) =>
        get(`status=${s}&from=${encodeURIComponent(since)}&to=${encodeURIComponent(until)}`),
      ),
    ),
  ]);
  return { overdue, upcoming, done: done.flat().sort((a, b) => b.appointmentAt.localeCompare(a.appointmentAt)) };
};

/** Call appointments to follow up: overdue first, then upcoming, then those followed up lately. */
export function ReferralsView() {
  const t = useTranslations('referrals');
  const clinics = useClinics();
  const lists = useQuery({ queryKey: ['referrals-to-follow'], queryFn: followUps });
  const queryClient = useQueryClient();
  const reload = () => void queryClient.invalidateQueries({ queryKey: ['referrals-to-follow'] });
  const { overdue, upcoming, done } = lists.isError ? { overdue: [], upcoming: [], done: [] } : (lists.data ?? {});
  const section = (id: string, title: string, list: Referral[] | undefined) => (
    <section aria-labelledby={id} className="mt-4">
      <h3 id={id} className="font-semibold">
        {title} {list && <span className="text-neutral-700">({list.length})</span>}
      </h3>
      {list && list.length === 0 && <p className="text-sm text-neutral-700">{t('noneListed')}</p>}
      <ul className="mt-1 grid max-w-3xl gap-1.5" data-testid={id}>
        {list?.map((r) => (
          <ReferralItem key={r.id} referral={r} clinics={clinics} onChanged={reload} />
        ))}
      </ul>
    </section>
  );
  return (
    <main className="min-w-0 flex-1 overflow-y-auto p-4">
      <h2 className="text-lg font-bold">{t('title')}</h2>
      {section('referrals-overdue', t('overdueList'), overdue)}
      {section('referrals-upcoming', t('upcoming'), upcoming)}
      {section('referrals-done', t('done'), done)}
    </main>
  );
}
