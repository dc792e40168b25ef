'use client';

import type { MailboxThread } from '@helpline/shared/http';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { formatDueDay, formatWhen } from '~/lib/format-time';
import { headingClass, primaryButton, secondaryButton } from '../chat/ui';
import { type ThreadState, threadAction } from './mailbox-actions';
import { refusalText } from './refusal-text';

const fieldClass = 'min-h-11 rounded-lg border border-neutral-500 bg-white px-3';

/**
 * The read page: the code, then the thread with a form to write back and the way to forget it. Every form carries
 * the code in its body; without JavaScript each is a plain post answered with this page.
 */
export function ThreadView({ initial }: { initial: ThreadState }) {
  const t = useTranslations('mailbox');
  const [state, action, pending] = useActionState(threadAction, initial);
  if (state.step === 'forgotten')
    return (
      <p role="status" className="rounded-2xl bg-white p-5 font-semibold shadow-sm" data-testid="mailbox-forgotten">
        {t('forgotten')}
      </p>
    );
  if (state.step === 'code') {
    const refusal = state.refusal;
    return (
      <section aria-labelledby="read-title" className="grid gap-3 rounded-2xl bg-white p-5 shadow-sm">
        <h2 id="read-title" className={headingClass}>
          {t('readTitle')}
        </h2>
        <p>{t('readIntro')}</p>
        <form action={action} className="grid gap-3" key={state.attempt} data-testid="mailbox-code-form">
          <div className="grid gap-1">
            <label htmlFor="code" className="font-medium">
              {t('codeInput')}
            </label>
            <p id="code-hint" className="text-sm text-[var(--muted-fg)]">
              {t('codeHint')}
            </p>
            <input
              id="code"
              name="code"
              required
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={40}
              defaultValue={state.code}
              aria-describedby={refusal ? 'code-hint code-error' : 'code-hint'}
              aria-invalid={refusal ? true : undefined}
              className={`${fieldClass} font-mono text-lg tracking-wider`}
            />
            {refusal && (
              <p id="code-error" role="alert" className="font-semibold text-red-800">
                {refusalText(t, refusal)}
              </p>
            )}
          </div>
          <button type="submit" name="intent" value="read" className={primaryButton} disabled={pending}>
            {t('read')}
          </button>
        </form>
      </section>
    );
  }
  return <Thread state={state} action={action} pending={pending} />;
}

function Thread({
  state,
  action,
  pending,
}: {
  state: Extract<ThreadState, { step: 'thread' }>;
  action: (form: FormData) => void;
  pending: boolean;
}) {
  const t = useTranslations('mailbox');
  const time = useTranslations('common.time');
  const { thread, refusal } = state;
  const now = new Date(state.readAt);
  return (
    <div className="grid gap-4" data-programme={thread.programme}>
      <section aria-labelledby="thread-title" className="grid gap-3 rounded-2xl bg-white p-5 shadow-sm">
        <h2 id="thread-title" className={headingClass}>
          {t('threadTitle')}
        </h2>
        <p role="status" data-testid="mailbox-state">
          {thread.state === 'unanswered' && thread.expectedReplyBy
            ? t('state.unanswered', { when: formatDueDay(new Date(thread.expectedReplyBy), time) })
            : t(`state.${thread.state === 'unanswered' ? 'answered' : thread.state}`)}
        </p>
        <ol className="grid gap-3" data-testid="mailbox-messages">
          {visibleMessages(thread).map((message) => (
            <li
              key={message.id}
              className={`grid gap-1 rounded-xl p-3 ${message.sender === 'visitor' ? 'ml-6 bg-[var(--accent-soft,#f1f5f9)]' : 'mr-6 border border-neutral-300'}`}
            >
              <p className="text-sm font-semibold">
                {message.sender === 'visitor' ? t('you') : (message.from?.alias ?? t('counsellor'))}
                <span className="font-normal text-[var(--muted-fg)]">
                  {' '}
                  · {formatWhen(new Date(message.sentAt), now, time)}
                </span>
              </p>
              <p className="whitespace-pre-wrap break-words">{message.body}</p>
            </li>
          ))}
        </ol>
        {state.replied && (
          <p role="status" className="font-semibold" data-testid="mailbox-replied">
            {t('replied')}
          </p>
        )}
        <form action={action} className="grid gap-2" key={state.attempt} data-testid="mailbox-reply">
          <input type="hidden" name="code" value={state.code} />
          <input type="hidden" name="clientId" value={state.clientId} />
          <label htmlFor="reply" className="font-medium">
            {t('replyLabel')}
          </label>
          <textarea
            id="reply"
            name="body"
            required
            maxLength={4000}
            rows={5}
            defaultValue={state.draft}
            aria-describedby={refusal ? 'reply-error' : undefined}
            aria-invalid={refusal ? true : undefined}
            className="rounded-lg border border-neutral-500 bg-white p-3"
          />
          {refusal && (
            <p id="reply-error" role="alert" className="font-semibold text-red-800">
              {refusalText(t, refusal)}
            </p>
          )}
          <button type="submit" name="intent" value="reply" className={primaryButton} disabled={pending}>
            {t('reply')}
          </button>
        </form>
      </section>
      <section aria-labelledby="forget-title" className="grid gap-3 rounded-2xl bg-white p-5 shadow-sm">
        <h2 id="forget-title" className="text-lg font-bold">
          {t('forgetTitle')}
        </h2>
        <p>{t('forgetText')}</p>
        <form action={action} className="grid gap-2" data-testid="mailbox-forget">
          <input type="hidden" name="code" value={state.code} />
          {state.confirmForget ? (
            <>
              <p role="alert" className="font-semibold">
                {t('forgetConfirm')}
              </p>
              <button type="submit" name="intent" value="forget" className={primaryButton} disabled={pending}>
                {t('forgetYes')}
              </button>
              <button type="submit" name="intent" value="read" className={secondaryButton} disabled={pending}>
                {t('forgetNo')}
              </button>
            </>
          ) : (
            <button type="submit" name="intent" value="forget-ask" className={secondaryButton} disabled={pending}>
              {t('forget')}
            </button>
          )}
        </form>
      </section>
    </div>
  );
}

/** What the visitor reads: their messages and the answers; system lines are for the staff's record. */
const visibleMessages = (thread: MailboxThread) => thread.messages.filter((m) => m.sender !== 'system');
