'use client';

import { Transcript, type Transcript as TranscriptT } from '@helpline/shared/http';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Dialog } from '~/components/dialog';
import { ApiError, api } from '~/lib/api';
import { formatWhen } from '~/lib/format-time';
import { systemText } from '../chat-staff/message-list';

type Loaded = { kind: 'ok'; transcript: TranscriptT } | { kind: 'shredded' } | { kind: 'failed' } | null;

/** A past transcript, decrypted on the server, which records every opening in the audit log. */
export function TranscriptDialog({ conversationId, onClose }: { conversationId: string | null; onClose: () => void }) {
  const t = useTranslations('history');
  const time = useTranslations('common.time');
  const chatStaff = useTranslations('chatStaff');
  const [loaded, setLoaded] = useState<Loaded>(null);
  useEffect(() => {
    if (!conversationId) return;
    setLoaded(null);
    api(Transcript, `/api/conversations/${conversationId}/transcript`).then(
      (transcript) => setLoaded({ kind: 'ok', transcript }),
      (err: unknown) =>
        setLoaded(err instanceof ApiError && err.status === 410 ? { kind: 'shredded' } : { kind: 'failed' }),
    );
  }, [conversationId]);
  const now = new Date();
  return (
    <Dialog
      open={conversationId !== null}
      onOpenChange={(open) => !open && onClose()}
      title={t('transcript')}
      description={t('audited')}
    >
      <div className="max-h-[60vh] overflow-y-auto" data-testid="transcript">
        {loaded === null && <p>{t('loading')}</p>}
        {loaded?.kind === 'shredded' && <p role="status">{t('shredded')}</p>}
        {loaded?.kind === 'failed' && <p role="alert">{t('transcriptFailed')}</p>}
        {loaded?.kind === 'ok' && (
          <div className="grid gap-2">
            <ol className="grid gap-1">
              {loaded.transcript.messages.map((m) => (
                <li key={m.seq} className="text-sm" data-testid="transcript-message">
                  <span className="text-xs text-neutral-700">
                    {formatWhen(new Date(m.sentAt), now, time)} ·{' '}
                    <span className="font-semibold">
                      {m.sender === 'counsellor' && m.from ? m.from.alias : t(`roles.${m.sender}`)}
                    </span>
                  </span>
                  <p className={`whitespace-pre-wrap ${m.sender === 'system' ? 'italic text-neutral-700' : ''}`}>
                    {systemText(m, chatStaff) ?? m.body}
                  </p>
                </li>
              ))}
            </ol>
            {loaded.transcript.notes.length > 0 && (
              <section>
                <h3 className="font-semibold">{t('notes')}</h3>
                <ul className="grid gap-1">
                  {loaded.transcript.notes.map((n) => (
                    <li key={n.id} className="rounded bg-amber-50 px-2 py-1 text-sm">
                      <span className="text-xs font-semibold">{n.author}</span>
                      <p className="whitespace-pre-wrap">{n.body}</p>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
        )}
      </div>
      <button
        type="button"
        onClick={onClose}
        className="justify-self-end rounded-md border border-neutral-500 px-3 py-1.5"
      >
        {t('close')}
      </button>
    </Dialog>
  );
}
