'use client';

import { type MailboxState, MailboxState as States } from '@helpline/shared/http';
import * as Tabs from '@radix-ui/react-tabs';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { describeFailure } from '~/i18n/errors/describe-error';
import { useNow } from '../queue/use-now';
import { threadListQuery } from './thread-api';
import { ThreadRow } from './thread-row';
import { useClaim } from './use-claim';

const tab =
  'rounded-t-md border-b-2 border-transparent px-3 py-1.5 text-sm font-medium aria-selected:border-neutral-900 aria-selected:font-semibold';

/** One state's threads, oldest first. */
function ThreadsIn({ state, claims }: { state: MailboxState; claims: ReturnType<typeof useClaim> }) {
  const t = useTranslations('mailboxDesk');
  const errors = useTranslations('errors');
  const now = useNow(30_000);
  const list = useQuery(threadListQuery(state));
  if (list.error) return <p role="alert">{t('loadFailed', { reason: describeFailure(list.error, errors) })}</p>;
  if (!list.data) return <p className="text-sm">{t('loading')}</p>;
  if (list.data.length === 0) return <p className="text-sm text-neutral-700">{t('emptyState')}</p>;
  return (
    <ul data-testid="mailbox-list" className="max-w-2xl rounded-md border border-neutral-300 bg-white">
      {list.data.map((item) => (
        <ThreadRow key={item.id} item={item} now={now} readAt={list.dataUpdatedAt} claims={claims} />
      ))}
    </ul>
  );
}

/** The mailbox page: every thread of the counsellor's programmes, by state. */
export function MailboxView() {
  const t = useTranslations('mailboxDesk');
  const claims = useClaim();
  return (
    <main className="min-w-0 flex-1 overflow-y-auto p-4">
      <h2 className="text-lg font-bold">{t('title')}</h2>
      <p className="text-sm text-neutral-700">{t('intro')}</p>
      <Tabs.Root defaultValue="unanswered" className="mt-3">
        <Tabs.List aria-label={t('tabsLabel')} className="flex gap-1 border-b border-neutral-300">
          {States.options.map((state) => (
            <Tabs.Trigger key={state} value={state} className={tab}>
              {t(`states.${state}`)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {States.options.map((state) => (
          <Tabs.Content key={state} value={state} className="pt-3">
            <ThreadsIn state={state} claims={claims} />
          </Tabs.Content>
        ))}
      </Tabs.Root>
    </main>
  );
}
