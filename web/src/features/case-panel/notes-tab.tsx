'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { formatClock } from '~/lib/format-time';
import type { Chat } from '../workspace/chat-state';
import { useWorkspace } from '../workspace/workspace-context';

/** Internal notes of the chat, newest last, and a box to add one. */
export function NotesTab({ chat }: { chat: Chat }) {
  const t = useTranslations('casePanel.notes');
  const time = useTranslations('common.time');
  const { desk } = useWorkspace();
  const [body, setBody] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    if (await desk.actions.addNote(chat.id, body.trim())) setBody('');
  };
  return (
    <div className="grid gap-2">
      {chat.notes.length === 0 ? (
        <p className="text-sm text-neutral-700">{t('empty')}</p>
      ) : (
        <ul className="grid gap-1.5" data-testid="notes">
          {chat.notes.map((note) => (
            <li key={note.id} className="rounded-md border border-amber-200 bg-amber-50 px-2 py-1 text-sm">
              <p className="text-xs text-neutral-700">
                <span className="font-semibold">{note.author}</span> · {formatClock(new Date(note.at), time)}
              </p>
              <p className="whitespace-pre-wrap">{note.body}</p>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="grid gap-1">
        <label htmlFor="note-box" className="text-sm font-semibold">
          {t('label')}
        </label>
        <textarea
          id="note-box"
          rows={3}
          maxLength={4000}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          className="rounded-md border border-neutral-500 px-2 py-1 text-sm"
        />
        <button
          type="submit"
          className="justify-self-start rounded-md border border-neutral-500 bg-white px-3 py-1 text-sm font-semibold"
        >
          {t('add')}
        </button>
      </form>
    </div>
  );
}
