'use client';

import type { MailboxListItem, MailboxState } from '@helpline/shared/http';
import { Hourglass, Lock } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { formatWhen } from '~/lib/format-time';
import { useClaim } from './use-claim';

type Props = {
  item: MailboxListItem | null;
  state: MailboxState;
  /** This counsellor holds the claim now. */
  isMine: boolean;
  /** This counsellor held it, and it lapsed (30 minutes without an answer). */
  hasLapsed: boolean;
  now: number;
};

const line = 'flex flex-wrap items-center gap-2 border-b px-3 py-1.5 text-sm';

/** Who answers the thread and until when the claim holds (it lapses 30 minutes after the claim or the last answer). */
export function ClaimLine({ item, state, isMine, hasLapsed, now }: Props) {
  const t = useTranslations('mailboxDesk');
  const time = useTranslations('common.time');
  const claims = useClaim();
  const when = (iso: string) => formatWhen(new Date(iso), new Date(now), time);
  if (state === 'closed')
    return (
      <p role="status" data-testid="claim-line" className={`${line} border-neutral-300 bg-neutral-100`}>
        {t('closedBanner')}
      </p>
    );
  if (!item) return null;
  if (isMine && item.claimExpiresAt)
    return (
      <p
        role="status"
        data-testid="claim-line"
        className="flex items-start gap-2 border-b border-sky-200 bg-sky-50 px-3 py-1.5 text-sm text-sky-950"
      >
        <Hourglass aria-hidden size={15} className="mt-0.5 shrink-0" />
        <span>{t('claimedUntil', { when: when(item.claimExpiresAt) })}</span>
      </p>
    );
  const colleague = hasLapsed ? null : item.claimedBy;
  const refusal = claims.refusalOf(item.id);
  return (
    <div data-testid="claim-line" className={`${line} border-amber-300 bg-amber-50 text-amber-950`}>
      <Lock aria-hidden size={15} className="shrink-0" />
      <p role="status">
        {colleague && item.claimExpiresAt
          ? t('heldByColleague', { alias: colleague.alias, when: when(item.claimExpiresAt) })
          : hasLapsed
            ? t('claimLapsed')
            : t('claimToAnswer')}
      </p>
      {!colleague && (
        <button
          type="button"
          disabled={claims.isClaiming(item.id)}
          onClick={() => claims.claim(item.id)}
          className="rounded-md bg-neutral-900 px-2.5 py-1 text-sm font-semibold text-white disabled:opacity-60"
        >
          {t('claim')}
        </button>
      )}
      {refusal && (
        <p role="alert" data-testid="claim-refused" className="w-full font-semibold text-red-800">
          {refusal}
        </p>
      )}
    </div>
  );
}
