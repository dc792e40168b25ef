'use client';

import { programmes } from '@helpline/shared/domain';
import { type Message, SystemNotice } from '@helpline/shared/events';
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import type { Text } from '~/i18n/text';
import { formatClock } from '~/lib/format-time';
import { useStaff } from '../staff-session/staff-session';
import type { Chat } from '../workspace/chat-state';

/** A system message in the page's language when its code is known; otherwise its readable fallback. */
export const systemText = (m: Pick<Message, 'system'>, t: Text<'chatStaff'>) => {
  const notice = SystemNotice.safeParse(m.system);
  if (!notice.success) return null;
  const { code, params } = notice.data;
  if (code === 'transferred-to-colleague') return t(`systemNotice.${code}`, { alias: params.alias });
  if (code === 'transferred-to-programme')
    return t(`systemNotice.${code}`, { programme: programmes[params.programme].name });
  return t(`systemNotice.${code}`);
};

const bubble: Record<Message['sender'], string> = {
  visitor: 'mr-auto bg-white border border-neutral-300',
  counsellor: 'ml-auto bg-sky-100 border border-sky-200',
  system: 'mx-auto bg-transparent text-neutral-700 text-sm italic',
};

/**
 * The conversation, oldest first, scrolled to the newest; pending and failed sends shown in place. A chat's or a
 * mailbox thread's: both are messages with a sequence number.
 */
export function MessageList({
  messages,
  pending = [],
  onRetry,
}: {
  messages: Message[];
  pending?: Chat['pending'];
  onRetry?: (clientId: string) => void;
}) {
  const t = useTranslations('chatStaff');
  const time = useTranslations('common.time');
  const end = useRef<HTMLDivElement>(null);
  const count = messages.length + pending.length;
  useEffect(() => {
    if (count >= 0) end.current?.scrollIntoView({ block: 'end' });
  }, [count]);
  const me = useStaff();
  // A colleague's message (before a transfer) carries their name; only one's own are "you".
  const who = (m: Message) =>
    m.sender === 'counsellor'
      ? m.from && m.from.alias !== me.alias
        ? m.from.alias
        : t('you')
      : m.sender === 'visitor'
        ? t('visitor')
        : t('system');
  return (
    <div role="log" aria-label={t('conversation')} className="flex min-h-0 flex-1 flex-col gap-1.5 overflow-y-auto p-3">
      {messages.map((m) => (
        <div
          key={m.seq}
          data-testid="message"
          data-sender={m.sender}
          className={`max-w-[75%] rounded-lg px-3 py-1.5 ${bubble[m.sender]}`}
        >
          {m.sender !== 'system' && (
            <p className="text-xs text-neutral-700">
              <span className="font-semibold">{who(m)}</span> · {formatClock(new Date(m.sentAt), time)}
            </p>
          )}
          <p className="whitespace-pre-wrap break-words">{systemText(m, t) ?? m.body}</p>
        </div>
      ))}
      {pending.map((p) => (
        <div
          key={p.clientId}
          data-testid="pending"
          className={`ml-auto max-w-[75%] rounded-lg px-3 py-1.5 ${bubble.counsellor} opacity-80`}
        >
          <p className="whitespace-pre-wrap break-words">{p.body}</p>
          <p className="text-xs text-neutral-800">
            {p.failed ? (
              <>
                <span className="font-semibold text-red-800">{t('failed')}</span>{' '}
                <button type="button" className="underline" onClick={() => onRetry?.(p.clientId)}>
                  {t('retry')}
                </button>
              </>
            ) : (
              t('sending')
            )}
          </p>
        </div>
      ))}
      <div ref={end} />
    </div>
  );
}
