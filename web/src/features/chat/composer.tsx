'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { SendIcon } from '~/components/icons';
import { chatStorage } from './chat-storage';
import { primaryButton } from './ui';

const MAX_LENGTH = 4000;

/**
 * Pinned to the bottom, above the phone's keyboard. Enter sends, Shift+Enter starts a new line. The draft is kept in
 * this tab's sessionStorage, so a reload or a lost connection never loses what was typed.
 */
export function Composer({ onSend, onTyping }: { onSend: (body: string) => void; onTyping: () => void }) {
  const t = useTranslations('chat');
  const [draft, setDraft] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    setDraft(chatStorage.draft());
    field.current?.focus();
  }, []);
  const change = (value: string) => {
    setDraft(value);
    chatStorage.setDraft(value);
    onTyping();
  };
  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (!draft.trim()) return;
    onSend(draft);
    change('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) send(event);
  };
  return (
    <form onSubmit={send} className="grid gap-1 border-t border-neutral-300 bg-[var(--page-bg)] py-3">
      <label htmlFor="composer" className="text-sm font-medium">
        {t('composerLabel')}
      </label>
      <div className="flex items-end gap-2">
        <textarea
          id="composer"
          ref={field}
          value={draft}
          maxLength={MAX_LENGTH}
          rows={2}
          aria-describedby="composer-hint"
          onChange={(event) => change(event.target.value)}
          onKeyDown={onKeyDown}
          className="max-h-40 min-h-11 flex-1 resize-y rounded-xl border border-neutral-500 bg-white px-3 py-2"
        />
        <button type="submit" className={primaryButton}>
          <SendIcon />
          <span className="max-sm:sr-only">{t('send')}</span>
        </button>
      </div>
      <p id="composer-hint" className="text-sm text-[var(--muted-fg)]">
        {t('noImages')}
      </p>
    </form>
  );
}
