'use client';

import { Send } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import type { Chat } from '../workspace/chat-state';
import { useWorkspace } from '../workspace/workspace-context';
import { CannedPicker } from './canned-picker';

const TYPING_IDLE_MS = 3000;

/** The message box: Enter sends, Shift+Enter adds a line; the draft is kept per chat while the workspace is open. */
export function Composer({ chat }: { chat: Chat }) {
  const t = useTranslations('chatStaff');
  const { desk, drafts } = useWorkspace();
  const box = useRef<HTMLTextAreaElement>(null);
  const typingSince = useRef(0);
  const idle = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    if (box.current) box.current.value = drafts.get(chat.id);
    return () => clearTimeout(idle.current);
  }, [chat.id, drafts]);

  const stopTyping = () => {
    clearTimeout(idle.current);
    if (typingSince.current) desk.actions.typing(chat.id, false);
    typingSince.current = 0;
  };
  const onInput = (value: string) => {
    drafts.set(chat.id, value);
    const now = Date.now();
    if (now - typingSince.current > TYPING_IDLE_MS) {
      desk.actions.typing(chat.id, true);
      typingSince.current = now;
    }
    clearTimeout(idle.current);
    idle.current = setTimeout(stopTyping, TYPING_IDLE_MS);
  };
  const send = () => {
    const body = box.current?.value.trim() ?? '';
    if (!body) return;
    if (box.current) box.current.value = '';
    drafts.delete(chat.id);
    stopTyping();
    desk.actions.send(chat.id, body);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };
  const insert = (text: string) => {
    const el = box.current;
    if (!el) return;
    el.value = el.value ? `${el.value.trimEnd()}\n${text}` : text;
    onInput(el.value);
    el.focus();
  };

  return (
    <form
      className="grid gap-1.5 border-t border-neutral-300 bg-white p-2"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <label htmlFor="composer" className="sr-only">
        {t('composer')}
      </label>
      <textarea
        id="composer"
        ref={box}
        rows={3}
        maxLength={4000}
        aria-describedby="composer-hint"
        aria-keyshortcuts="Alt+M"
        placeholder={t('composer')}
        onChange={(e) => onInput(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={stopTyping}
        className="w-full resize-none rounded-md border border-neutral-500 px-2 py-1.5"
      />
      <div className="flex items-center gap-2">
        <CannedPicker programme={chat.programme} onPick={insert} />
        <span id="composer-hint" className="text-xs text-neutral-700">
          {t('composerHint')}
        </span>
        <button
          type="submit"
          className="ml-auto inline-flex items-center gap-1 rounded-md bg-neutral-900 px-3 py-1 text-sm font-semibold text-white"
        >
          <Send aria-hidden size={14} />
          {t('send')}
        </button>
      </div>
    </form>
  );
}
