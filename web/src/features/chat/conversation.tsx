'use client';

import type { Message } from '@helpline/shared/events';
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import type { Outgoing } from './chat-state';
import { clockOf, systemText } from './message-text';

const bubble = 'max-w-[85%] rounded-2xl px-4 py-2 whitespace-pre-wrap break-words';

/** The conversation as a log (read out politely as it grows): own messages right, the counsellor's left. */
export function Conversation({
  messages,
  outbox,
  counsellor,
  onRetry,
  locale,
}: {
  messages: Message[];
  outbox: Outgoing[];
  /** Shown for counsellor messages that do not say who wrote them (older ones). */
  counsellor: string | null;
  /** Absent once the chat is over: what was not sent stays in view, marked, without a way to resend. */
  onRetry?: () => void;
  locale: string;
}) {
  const t = useTranslations('chat');
  const end = useRef<HTMLLIElement>(null);
  const count = messages.length + outbox.length;
  useEffect(() => {
    if (count > 0) end.current?.scrollIntoView({ block: 'end' });
  }, [count]);
  // A phone's keyboard opening (or a turned screen) resizes the page: keep the newest message in view.
  useEffect(() => {
    const keepInView = () => end.current?.scrollIntoView({ block: 'end' });
    window.addEventListener('resize', keepInView);
    return () => window.removeEventListener('resize', keepInView);
  }, []);
  const lastOwn = messages.findLast((m) => m.sender === 'visitor')?.id;
  return (
    <div role="log" aria-label={t('conversationLabel')}>
      <ol className="grid content-start gap-3 py-2" data-testid="messages">
        {messages.map((m) => (
          <li key={m.id} data-sender={m.sender} data-seq={m.seq} className="grid">
            {m.sender === 'system' ? (
              <p className="justify-self-center rounded-lg bg-neutral-200 px-3 py-1 text-center text-sm">
                {systemText(m, t)}
              </p>
            ) : (
              <div className={`grid gap-1 ${m.sender === 'visitor' ? 'justify-items-end' : 'justify-items-start'}`}>
                <p className="text-sm text-[var(--muted-fg)]">
                  {m.sender === 'visitor' ? t('you') : (m.from?.alias ?? counsellor ?? t('counsellor'))} ·{' '}
                  <time>{clockOf(m.sentAt, locale)}</time>
                </p>
                <p
                  className={`${bubble} ${m.sender === 'visitor' ? 'bg-[var(--accent)] text-[var(--accent-fg)]' : 'bg-white shadow-sm'}`}
                  data-testid="message-body"
                >
                  {m.body}
                </p>
                {m.id === lastOwn && outbox.length === 0 && (
                  <p className="text-sm text-[var(--muted-fg)]">{t('sent')}</p>
                )}
              </div>
            )}
          </li>
        ))}
        {outbox.map((o) => (
          <li key={o.clientId} data-sender="visitor" data-pending={o.state} className="grid justify-items-end gap-1">
            <p
              className={`${bubble} border-2 border-dashed border-[var(--accent)] bg-white`}
              data-testid="message-body"
            >
              {o.body}
            </p>
            {o.state === 'sending' && onRetry ? (
              <p className="text-sm text-[var(--muted-fg)]">{t('sending')}</p>
            ) : (
              <p className="flex items-center gap-2 text-sm text-red-800">
                {t('failed')}
                {onRetry && (
                  <button type="button" onClick={onRetry} className="min-h-11 px-2 font-semibold underline">
                    {t('retry')}
                  </button>
                )}
              </p>
            )}
          </li>
        ))}
        {/* Scrolled to on new messages; the margin keeps the newest message above the pinned composer. */}
        <li ref={end} aria-hidden="true" className="scroll-mb-52" />
      </ol>
    </div>
  );
}
