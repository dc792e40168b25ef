'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { mailboxDraft } from '../mailbox/mailbox-draft';
import { chatStorage } from './chat-storage';
import { secondaryButton } from './ui';

/**
 * What the visitor was writing when the chat ended stays on screen (the composer kept it in this tab's
 * sessionStorage): to copy, or to take to the mailbox, whose write form finds it there (never in the address). In the
 * embed the mailbox opens inside the frame.
 */
export function UnsentDraft({ mailboxHref }: { mailboxHref: string }) {
  const t = useTranslations('chat');
  const [draft, setDraft] = useState('');
  const [copied, setCopied] = useState(false);
  useEffect(() => setDraft(chatStorage.draft().trim()), []);
  if (!draft) return null;
  const copy = () =>
    navigator.clipboard.writeText(draft).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <div className="grid gap-3 rounded-xl border-2 border-dashed border-[var(--accent)] p-4" data-testid="unsent">
      <h3 className="text-lg font-bold">{t('unsent.title')}</h3>
      <p>{t('unsent.text')}</p>
      <label htmlFor="unsent-text" className="sr-only">
        {t('unsent.label')}
      </label>
      <textarea
        id="unsent-text"
        readOnly
        value={draft}
        rows={Math.min(6, Math.max(2, draft.split('\n').length))}
        className="w-full resize-y rounded-xl border border-neutral-500 bg-white px-3 py-2"
      />
      <div className="flex flex-wrap gap-2">
        <button type="button" className={secondaryButton} onClick={() => void copy()}>
          {t('unsent.copy')}
        </button>
        <a
          href={mailboxHref}
          className={`${secondaryButton} text-center`}
          data-testid="unsent-mailbox"
          onClick={() => mailboxDraft.set(draft)}
        >
          {t('unsent.mailbox')}
        </a>
      </div>
      <p role="status" className="min-h-6 text-sm text-[var(--muted-fg)]">
        {copied ? t('unsent.copied') : ''}
      </p>
    </div>
  );
}
