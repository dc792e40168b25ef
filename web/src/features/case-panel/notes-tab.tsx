'use client';

import { NoteAdd } from '@helpline/shared/events';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { TextAreaField } from '~/components/field';
import { describeError, type ErrorReport } from '~/i18n/errors/describe-error';
import { formatClock } from '~/lib/format-time';
import { useSchemaForm } from '~/lib/use-schema-form';
import type { Note } from '../workspace/chat-state';

/** What a note needs, checked as the server checks it. */
const NoteDraft = NoteAdd.pick({ body: true });

type Props = {
  notes: Note[];
  /** Stores the note; resolves with the refusal, or null when stored. Without it the notes are only read. */
  onAdd?: (body: string) => Promise<ErrorReport | null>;
};

/** Internal notes of a chat or a mailbox thread, newest last, and a box to add one. */
export function NotesTab({ notes, onAdd }: Props) {
  const t = useTranslations('casePanel.notes');
  const time = useTranslations('common.time');
  const errors = useTranslations('errors');
  const form = useSchemaForm(NoteDraft, { body: '' });
  const [failure, setFailure] = useState<string | null>(null);
  const submit = form.handleSubmit(async ({ body }) => {
    const refusal = (await onAdd?.(body)) ?? null;
    setFailure(refusal && !refusal.field ? describeError(refusal, errors) : null);
    if (refusal) form.refused(refusal);
    else form.reset();
  });
  return (
    <div className="grid gap-2">
      {notes.length === 0 ? (
        <p className="text-sm text-neutral-700">{t('empty')}</p>
      ) : (
        <ul className="grid gap-1.5" data-testid="notes">
          {notes.map((note) => (
            <li key={note.id} className="rounded-md border border-amber-200 bg-amber-50 px-2 py-1 text-sm">
              <p className="text-xs text-neutral-700">
                <span className="font-semibold">{note.author}</span> · {formatClock(new Date(note.at), time)}
              </p>
              <p className="whitespace-pre-wrap">{note.body}</p>
            </li>
          ))}
        </ul>
      )}
      {onAdd && (
        <form onSubmit={submit} noValidate className="grid gap-1">
          <TextAreaField
            id="note-box"
            label={<span className="font-semibold">{t('label')}</span>}
            rows={3}
            maxLength={4000}
            compact
            error={form.errorOf('body')}
            {...form.register('body')}
          />
          {failure && (
            <p role="alert" className="text-sm text-red-800">
              {failure}
            </p>
          )}
          <button
            type="submit"
            className="justify-self-start rounded-md border border-neutral-500 bg-white px-3 py-1 text-sm font-semibold"
          >
            {t('add')}
          </button>
        </form>
      )}
    </div>
  );
}
