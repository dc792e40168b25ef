'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Inbox } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { Link } from '~/i18n/navigation';
import { useNow } from '../queue/use-now';
import { useWorkspace } from '../workspace/workspace-context';
import { refreshMailbox, threadListQuery } from './thread-api';
import { ThreadRow } from './thread-row';
import { useClaim } from './use-claim';

/** Ages tick by the minute; claims that lapse and threads others took show within this time at the latest. */
const TICK_MS = 30_000;

/**
 * Beside the queue: the unanswered mailbox threads of the counsellor's programmes, oldest first. The count comes live
 * with every queue snapshot; each snapshot (something changed) reads the list again.
 */
export function MailboxQueue() {
  const t = useTranslations('mailboxDesk');
  const { desk } = useWorkspace();
  const queryClient = useQueryClient();
  const now = useNow(TICK_MS);
  const claims = useClaim();
  const { queue } = desk.state;
  const unanswered = queue.reduce((sum, p) => sum + (p.mailbox?.unanswered ?? 0), 0);
  useEffect(() => {
    if (queue.length > 0) void refreshMailbox(queryClient);
  }, [queue, queryClient]);
  const list = useQuery({ ...threadListQuery('unanswered'), refetchInterval: TICK_MS });
  const items = list.data ?? [];
  return (
    <section aria-labelledby="mailbox-heading" className="border-b border-neutral-300">
      <h2 id="mailbox-heading" className="flex items-center gap-1.5 px-3 pt-2 pb-1 text-sm font-semibold">
        <Inbox aria-hidden size={15} />
        {t('title')}
        <span data-testid="mailbox-count" className="ml-auto rounded-full bg-neutral-200 px-2 text-xs">
          <span aria-hidden>{unanswered}</span>
          <span className="sr-only">{t('waiting', { count: unanswered })}</span>
        </span>
      </h2>
      {items.length === 0 ? (
        <p className="px-3 pb-2 text-sm text-neutral-700">{t('empty')}</p>
      ) : (
        <ul className="max-h-[30vh] overflow-y-auto" data-testid="mailbox-queue">
          {items.map((item) => (
            <ThreadRow key={item.id} item={item} now={now} readAt={list.dataUpdatedAt} claims={claims} />
          ))}
        </ul>
      )}
      <p className="px-3 pb-2 text-sm">
        <Link href="/workspace/mailbox" className="text-blue-800 underline">
          {t('all')}
        </Link>
      </p>
    </section>
  );
}
