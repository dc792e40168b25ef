'use client';

import { programmes } from '@helpline/shared/domain';
import type { MailboxListItem } from '@helpline/shared/http';
import { Lock } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { ProgrammeBadge } from '~/components/programme-badge';
import { Link } from '~/i18n/navigation';
import { useStaff } from '../staff-session/staff-session';
import { PromiseBadge, useAgeText } from './thread-age';
import { threadPath, type useClaim } from './use-claim';

const action = 'shrink-0 rounded-md px-2.5 py-1 text-sm font-semibold';

type Props = {
  item: MailboxListItem;
  /** Now, and when the list was read: the age the server gave grows by the difference. */
  now: number;
  readAt: number;
  claims: ReturnType<typeof useClaim>;
};

/** One thread in a mailbox list: its age, the promise, who answers it, and what this counsellor can do with it. */
export function ThreadRow({ item, now, readAt, claims }: Props) {
  const t = useTranslations('mailboxDesk');
  const me = useStaff();
  const ageText = useAgeText();
  const age = ageText(item.ageSeconds + Math.max(0, Math.floor((now - readAt) / 1000)));
  const ageLabel = item.state === 'unanswered' ? t('waits', { age }) : t('lastMessage', { age });
  const holder = item.claimedBy;
  const isMine = holder?.id === me.id;
  const programme = programmes[item.programme].name;
  const refusal = claims.refusalOf(item.id);
  return (
    <li data-testid="mailbox-item" data-conversation-id={item.id} className="border-t border-neutral-200 px-3 py-1.5">
      <div className="flex items-center gap-2">
        <div className="grid min-w-0 flex-1 gap-0.5">
          <span className="flex items-center gap-1.5">
            <ProgrammeBadge programme={item.programme} short />
            <span data-testid="mailbox-age" className="text-sm tabular-nums">
              {ageLabel}
            </span>
          </span>
          <PromiseBadge item={item} now={now} />
          {holder && (
            <span data-testid="mailbox-holder" className="inline-flex items-center gap-1 text-xs text-neutral-800">
              <Lock aria-hidden size={12} />
              {isMine ? t('heldByMe') : t('heldBy', { alias: holder.alias })}
            </span>
          )}
        </div>
        {isMine ? (
          <Link href={threadPath(item.id)} className={`${action} bg-neutral-900 text-white`}>
            {t('open')}
          </Link>
        ) : item.state !== 'closed' && !holder ? (
          <button
            type="button"
            disabled={claims.isClaiming(item.id)}
            onClick={() => claims.claim(item.id)}
            aria-label={t('claimLabel', { programme, age: ageLabel })}
            className={`${action} bg-neutral-900 text-white hover:bg-neutral-700 disabled:opacity-60`}
          >
            {t('claim')}
          </button>
        ) : (
          <Link
            href={threadPath(item.id)}
            aria-label={t('readLabel', { programme, age: ageLabel })}
            className={`${action} border border-neutral-500 bg-white`}
          >
            {t('read')}
          </Link>
        )}
      </div>
      {refusal && (
        <p role="alert" data-testid="claim-refused" className="mt-1 text-sm font-semibold text-red-800">
          {refusal}
        </p>
      )}
    </li>
  );
}
