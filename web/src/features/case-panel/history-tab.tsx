'use client';

import { ConversationHistory, type ConversationListItem } from '@helpline/shared/http';
import { useEffect, useState } from 'react';
import { dictionaries, type Lang } from '~/i18n';
import { api } from '~/lib/api';
import { formatWhen } from '~/lib/format-time';
import { TagSummary } from '../history/tag-summary';
import { TranscriptDialog } from '../history/transcript-dialog';
import { casePanelText } from './case-panel.i18n';

/** A returning visitor's earlier conversations beside the live chat; opening one is audited like any transcript. */
export function HistoryTab({
  conversationId,
  returning,
  lang,
}: {
  conversationId: string;
  returning: boolean;
  lang: Lang;
}) {
  const t = casePanelText[lang];
  const [list, setList] = useState<ConversationListItem[] | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  useEffect(() => {
    if (!returning) return;
    api(ConversationHistory, `/api/conversations/${conversationId}/history`).then(setList, () => setList([]));
  }, [conversationId, returning]);
  if (!returning) return <p className="text-sm text-neutral-700">{t.history.notReturning}</p>;
  if (!list) return <p className="text-sm">{t.loading}</p>;
  const now = new Date();
  return (
    <>
      {list.length === 0 ? (
        <p className="text-sm text-neutral-700">{t.history.empty}</p>
      ) : (
        <ul className="grid gap-1.5" data-testid="earlier">
          {list.map((c) => (
            <li key={c.id} className="grid gap-0.5 rounded-md border border-neutral-300 bg-white px-2 py-1">
              <span className="text-sm font-medium">
                {formatWhen(new Date(c.startedAt ?? c.queuedAt), now, dictionaries[lang])}
                {c.counsellorAlias && ` · ${t.history.by(c.counsellorAlias)}`}
              </span>
              <TagSummary programme={c.programme} tags={c.tags} lang={lang} />
              <button type="button" onClick={() => setOpen(c.id)} className="justify-self-start text-sm underline">
                {t.history.open}
              </button>
            </li>
          ))}
        </ul>
      )}
      <TranscriptDialog conversationId={open} lang={lang} onClose={() => setOpen(null)} />
    </>
  );
}
