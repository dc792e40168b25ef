'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState } from 'react';
import { formatDueDay } from '~/lib/format-time';
import { chatStorage } from '../chat/chat-storage';
import { headingClass, primaryButton, secondaryButton } from '../chat/ui';
import type { AgeBandOption } from '../programmes/age-bands';
import { type WriteState, writeMailbox } from './mailbox-actions';
import { mailboxDraft } from './mailbox-draft';
import { refusalText } from './refusal-text';

const fieldClass = 'min-h-11 rounded-lg border border-neutral-500 bg-white px-3';

/**
 * Write to the mailbox: a message and an optional intake; then the code, shown once. A plain form post without
 * JavaScript (a server action answers with this page), the same action with it.
 */
export function WriteForm({
  initial,
  ageBands,
  ageLabel,
  readHref,
}: {
  initial: WriteState;
  ageBands: AgeBandOption[];
  ageLabel: string;
  readHref: string;
}) {
  const t = useTranslations('mailbox');
  const time = useTranslations('common.time');
  const [state, action, pending] = useActionState(writeMailbox, initial);
  const body = useRef<HTMLTextAreaElement>(null);
  const [fromChat, setFromChat] = useState(false);
  // Text brought from an ended chat (this tab's sessionStorage) fills the empty form, once.
  useEffect(() => {
    const draft = mailboxDraft.get();
    if (!draft || !body.current || body.current.value) return;
    body.current.value = draft;
    setFromChat(true);
  }, []);
  const written = state.step === 'written';
  // Sent: the text is with us now, so neither the mailbox nor the chat keeps it.
  useEffect(() => {
    if (!written || !fromChat) return;
    mailboxDraft.clear();
    chatStorage.setDraft('');
  }, [written, fromChat]);
  if (state.step === 'written') {
    return (
      <section
        aria-labelledby="written-title"
        className="grid gap-4 rounded-2xl bg-white p-5 shadow-sm"
        data-testid="mailbox-written"
      >
        <h2 id="written-title" className={headingClass}>
          {t('writtenTitle')}
        </h2>
        <div className="grid gap-1">
          <p className="font-medium">{t('codeLabel')}</p>
          <p className="font-mono text-xl font-bold break-all sm:text-3xl sm:tracking-wide" data-testid="mailbox-code">
            {state.code}
          </p>
        </div>
        <p className="rounded-xl border-2 border-[var(--accent)] p-3 font-semibold">{t('codeKeep')}</p>
        <p data-testid="mailbox-due">{t('comeBack', { when: formatDueDay(new Date(state.expectedReplyBy), time) })}</p>
        <a href={readHref} className={`${secondaryButton} text-center`}>
          {t('readLink')}
        </a>
      </section>
    );
  }
  const refusal = state.refusal;
  const bodyRefused = refusal?.code === 'INVALID_INPUT' && refusal.field === 'body';
  return (
    <section aria-labelledby="write-title" className="grid gap-3 rounded-2xl bg-white p-5 shadow-sm">
      <h2 id="write-title" className={headingClass}>
        {t('writeTitle')}
      </h2>
      <p>{t('writeIntro')}</p>
      <form action={action} className="grid gap-4" key={state.attempt} data-testid="mailbox-write">
        <input type="hidden" name="programme" value={state.programme} />
        <input type="hidden" name="lang" value={state.lang} />
        <input type="hidden" name="clientId" value={state.clientId} />
        {refusal && !bodyRefused && (
          <p role="alert" className="rounded-xl bg-red-50 p-3 font-semibold text-red-900">
            {refusalText(t, refusal)}
          </p>
        )}
        <div className="grid gap-1">
          <label htmlFor="body" className="font-medium">
            {t('bodyLabel')}
          </label>
          <p id="body-hint" className="text-sm text-[var(--muted-fg)]">
            {t('bodyHint')}
          </p>
          {fromChat && (
            <p role="status" className="text-sm font-semibold" data-testid="mailbox-from-chat">
              {t('fromChat')}
            </p>
          )}
          <textarea
            ref={body}
            id="body"
            name="body"
            required
            maxLength={4000}
            rows={8}
            defaultValue={state.body}
            aria-describedby={bodyRefused ? 'body-hint body-error' : 'body-hint'}
            aria-invalid={bodyRefused || undefined}
            className="rounded-lg border border-neutral-500 bg-white p-3"
          />
          {bodyRefused && (
            <p id="body-error" role="alert" className="font-semibold text-red-800">
              {refusalText(t, refusal)}
            </p>
          )}
        </div>
        <p className="text-sm text-[var(--muted-fg)]">{t('optional')}</p>
        <div className="grid gap-1">
          <label htmlFor="ageBand" className="font-medium">
            {ageLabel}
          </label>
          <select id="ageBand" name="ageBand" defaultValue={state.ageBand} className={fieldClass}>
            <option value="">{t('ageNone')}</option>
            {ageBands.map((band) => (
              <option key={band.value} value={band.value}>
                {band.label}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="grid">
          <legend className="font-medium">{t('aboutLabel')}</legend>
          {(['self', 'other'] as const).map((value) => (
            <label key={value} className="flex min-h-11 items-center gap-3">
              <input
                type="radio"
                name="about"
                value={value}
                defaultChecked={state.about === value}
                className="size-5 accent-[var(--accent)]"
              />
              {value === 'self' ? t('aboutSelf') : t('aboutOther')}
            </label>
          ))}
        </fieldset>
        <button type="submit" className={primaryButton} disabled={pending}>
          {pending ? t('sending') : t('send')}
        </button>
      </form>
    </section>
  );
}
