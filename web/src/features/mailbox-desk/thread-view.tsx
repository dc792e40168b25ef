'use client';

import type { MailboxStaffThread } from '@helpline/shared/http';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ArrowLeft } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { ProgrammeBadge } from '~/components/programme-badge';
import { describeFailure } from '~/i18n/errors/describe-error';
import { Link } from '~/i18n/navigation';
import { formatWhen } from '~/lib/format-time';
import { NotesTab } from '../case-panel/notes-tab';
import { ComposerBox } from '../chat-staff/composer-box';
import { MessageList } from '../chat-staff/message-list';
import { useNow } from '../queue/use-now';
import { useStaff } from '../staff-session/staff-session';
import { useWorkspace } from '../workspace/workspace-context';
import { ClaimLine } from './claim-line';
import { PromiseBadge } from './thread-age';
import { answerThread, closeThread, refreshMailbox, threadListQuery, threadQuery } from './thread-api';
import { ThreadCasePanel } from './thread-case-panel';

/** One mailbox thread: the messages, and for the counsellor holding its claim the composer, tags, notes and closing. */
export function ThreadView({ id }: { id: string }) {
  const t = useTranslations('mailboxDesk');
  const casePanel = useTranslations('casePanel');
  const errors = useTranslations('errors');
  const time = useTranslations('common.time');
  const { lang, desk } = useWorkspace();
  const me = useStaff();
  const queryClient = useQueryClient();
  const now = useNow(30_000);
  const thread = useQuery(threadQuery(id));
  // Its claim and promise, from the list of its state (the one beside the queue, for an unanswered thread).
  const state = thread.data?.state;
  const list = useQuery({ ...threadListQuery(state), enabled: state !== undefined, refetchInterval: 30_000 });
  const item = list.data?.find((i) => i.id === id) ?? null;
  const myClaimUntil =
    item?.claimedBy?.id === me.id && item.claimExpiresAt ? new Date(item.claimExpiresAt).getTime() : null;
  const isMine = myClaimUntil !== null && myClaimUntil > now;
  // Held here before and not now, nobody else holding it: the claim lapsed (the list no longer names a lapsed claim).
  const heldHere = useRef(false);
  if (isMine) heldHere.current = true;
  const hasLapsed = heldHere.current && !isMine && (item?.claimedBy === null || myClaimUntil !== null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  // Something changed in the mailbox (a snapshot came): the holder sees a visitor's new message at once. Anyone else
  // reads again only by opening the thread again (each read of a thread one does not hold is audited).
  const { queue } = desk.state;
  useEffect(() => {
    if (isMine && queue.length > 0) void queryClient.invalidateQueries({ queryKey: threadQuery(id).queryKey });
  }, [queue, isMine, queryClient, id]);
  /** The thread as it is after this counsellor's own change, without reading it again. */
  const patch = (change: (current: MailboxStaffThread) => MailboxStaffThread) =>
    queryClient.setQueryData(threadQuery(id).queryKey, (current: MailboxStaffThread | undefined) =>
      current ? change(current) : current,
    );

  // A send that failed goes again with the same clientId: stored once even if the first one did arrive.
  const unsent = useRef<{ body: string; clientId: string } | null>(null);
  const answer = useMutation({
    mutationFn: (send: { clientId: string; body: string }) => answerThread(id, send.clientId, send.body),
  });
  const send = async (body: string) => {
    const clientId = unsent.current?.body === body ? unsent.current.clientId : crypto.randomUUID();
    unsent.current = { body, clientId };
    try {
      const { message } = await answer.mutateAsync({ clientId, body });
      unsent.current = null;
      setStatus(null);
      patch((current) => ({
        ...current,
        messages: [...current.messages, message],
        state: current.state === 'closed' ? 'closed' : 'answered',
        expectedReplyBy: null,
      }));
      await refreshMailbox(queryClient);
      return true;
    } catch (error) {
      setStatus({ text: t('answerFailed', { reason: describeFailure(error, errors) }), error: true });
      return false;
    }
  };

  const close = useMutation({
    mutationFn: () => closeThread(id),
    onSuccess: async () => {
      setStatus({ text: t('closedDone'), error: false });
      patch((current) => ({ ...current, state: 'closed', expectedReplyBy: null }));
      await refreshMailbox(queryClient);
    },
    onError: (error) => setStatus({ text: t('closeFailed', { reason: describeFailure(error, errors) }), error: true }),
  });

  if (thread.error)
    return (
      <main className="flex-1 p-4">
        <p role="alert">{t('loadFailed', { reason: describeFailure(thread.error, errors) })}</p>
      </main>
    );
  if (!thread.data)
    return (
      <main className="flex-1 p-4">
        <p>{t('loading')}</p>
      </main>
    );
  const data = thread.data;
  const first = data.messages[0];
  return (
    // Below 1024 px (a half-screen window) the case panel goes under the thread instead of beside it.
    <main className="flex min-w-0 flex-1 flex-col overflow-y-auto lg:flex-row lg:overflow-visible">
      <section
        aria-labelledby="thread-heading"
        className="flex min-h-[60vh] min-w-0 flex-1 flex-col border-neutral-300 lg:min-h-0 lg:border-r"
        data-testid="mailbox-thread"
        data-state={data.state}
      >
        <header className="grid gap-1 border-b border-neutral-300 bg-white px-3 py-1.5">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <Link href="/workspace/mailbox" className="inline-flex items-center gap-1 text-sm text-blue-800 underline">
              <ArrowLeft aria-hidden size={14} />
              {t('back')}
            </Link>
            <ProgrammeBadge programme={data.programme} />
            <h2 id="thread-heading" className="font-semibold">
              {t('received', { when: first ? formatWhen(new Date(first.sentAt), new Date(now), time) : '' })}
            </h2>
            <span data-testid="thread-state" className="rounded bg-neutral-200 px-1.5 text-xs font-semibold">
              {t(`states.${data.state}`)}
            </span>
          </div>
          {item && <PromiseBadge item={item} now={now} />}
        </header>
        <ClaimLine item={item} state={data.state} isMine={isMine} hasLapsed={hasLapsed} now={now} />
        <MessageList messages={data.messages} />
        {status && (
          <p
            role={status.error ? 'alert' : 'status'}
            data-testid="thread-status"
            className={`border-t border-neutral-300 px-3 py-1.5 text-sm ${status.error ? 'bg-red-50 text-red-900' : 'bg-green-50 text-green-900'}`}
          >
            {status.text}
          </p>
        )}
        {isMine && data.state !== 'closed' && (
          <ComposerBox draftKey={`mailbox-${id}`} programme={data.programme} onSend={send} />
        )}
      </section>
      {isMine && data.state !== 'closed' ? (
        <ThreadCasePanel
          thread={data}
          lang={lang}
          onClose={() => close.mutate()}
          onNoteAdded={(note) => patch((current) => ({ ...current, notes: [...current.notes, note] }))}
        />
      ) : (
        <aside
          aria-label={casePanel('label')}
          className="w-full shrink-0 overflow-y-auto bg-white p-3 lg:w-[26rem] 2xl:w-[34rem]"
        >
          <h2 className="mb-2 text-sm font-semibold">{casePanel('tabs.notes')}</h2>
          <NotesTab notes={data.notes} />
        </aside>
      )}
    </main>
  );
}
