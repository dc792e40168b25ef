'use client';

import { Headset } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { formatClock } from '~/lib/format-time';
import type { Chat } from '../workspace/chat-state';

/**
 * What a supervisor watching this chat wrote to the counsellor: above the conversation, in its own colour, icon and
 * words, so it is never taken for the visitor's. It is not a message of the chat and nothing here sends it on.
 */
export function WhisperNotes({ chat }: { chat: Chat }) {
  const t = useTranslations('chatStaff');
  const time = useTranslations('common.time');
  return (
    <section
      aria-label={t('whispers')}
      aria-live="polite"
      data-testid="whispers"
      className="max-h-40 overflow-y-auto border-b border-violet-300 bg-violet-50 text-sm text-violet-950 empty:hidden"
    >
      {chat.whispers.map((whisper) => (
        <article key={`${whisper.at}-${whisper.body}`} data-testid="whisper" className="grid gap-0.5 px-3 py-1.5">
          <p className="flex flex-wrap items-center gap-x-2 font-semibold">
            <Headset aria-hidden size={14} className="shrink-0" />
            {t('whisperFrom', { alias: whisper.from.alias, time: formatClock(new Date(whisper.at), time) })}
            <span className="font-normal italic">{t('whisperOnlyYou')}</span>
          </p>
          <p className="whitespace-pre-wrap">{whisper.body}</p>
        </article>
      ))}
    </section>
  );
}
