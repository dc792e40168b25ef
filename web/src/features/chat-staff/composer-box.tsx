'use client';

import type { ProgrammeId } from '@helpline/shared/domain';
import { Send } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { type KeyboardEvent, type ReactNode, useEffect, useRef } from 'react';
import { useWorkspace } from '../workspace/workspace-context';
import { CannedPicker } from './canned-picker';

type Props = {
  /** Whose draft this is (a chat's or a mailbox thread's id): kept while the workspace is open. */
  draftKey: string;
  programme: ProgrammeId;
  /** Takes the text; resolves false when it was not taken (the text then stays in the box). */
  onSend: (body: string) => boolean | Promise<boolean>;
  onInput?: (value: string) => void;
  onBlur?: () => void;
  /** Shown under the box: why the last send failed. */
  status?: ReactNode;
};

/** The message box of chats and mailbox threads: Enter sends, Shift+Enter adds a line; canned responses insert text. */
export function ComposerBox({ draftKey, programme, onSend, onInput, onBlur, status }: Props) {
  const t = useTranslations('chatStaff');
  const { drafts } = useWorkspace();
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (box.current) box.current.value = drafts.get(draftKey);
  }, [draftKey, drafts]);

  const changed = (value: string) => {
    drafts.set(draftKey, value);
    onInput?.(value);
  };
  const send = async () => {
    const body = box.current?.value.trim() ?? '';
    if (!body) return;
    if (box.current) box.current.value = '';
    drafts.delete(draftKey);
    if (await onSend(body)) return;
    // Not taken: what was written comes back, unless something new was typed meanwhile.
    if (box.current && !box.current.value) box.current.value = body;
    drafts.set(draftKey, box.current?.value ?? body);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send();
    }
  };
  const insert = (text: string) => {
    const el = box.current;
    if (!el) return;
    el.value = el.value ? `${el.value.trimEnd()}\n${text}` : text;
    changed(el.value);
    el.focus();
  };

  return (
    <form
      className="grid gap-1.5 border-t border-neutral-300 bg-white p-2"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
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
        onChange={(e) => changed(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
        className="w-full resize-none rounded-md border border-neutral-500 px-2 py-1.5"
      />
      {status}
      <div className="flex items-center gap-2">
        <CannedPicker programme={programme} onPick={insert} />
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
