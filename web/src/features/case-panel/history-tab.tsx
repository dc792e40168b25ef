'use client';

import { ConversationHistory, type ConversationListItem } from '@helpline/shared/http';
import { useQuery } from '@tanstack/react-query';
import { type Locale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { apiGet } from '~/lib/api-get';
import { formatWhen } from '~/lib/format-time';
import { TagSummary } from '../history/tag-summary';
import { TranscriptDialog } from '../history/transcript-dialog';

/** A returning visitor's earlier conversations beside the live chat; opening one is audited like any transcript. */
export function HistoryTab({
  conversationId,
  returning,
  lang,
}: {
  conversationId: string;
  returning: boolean;
  lang: Locale;
}) {
  const t = useTranslations('casePanel');
  const time = useTranslations('common.time');
  const [open, setOpen] = useState<string | null>(null);
  const earlier = useQuery({
    ...apiGet(ConversationHistory, `/api/conversations/${conversationId}/history`),
    enabled: returning,
  });
  const list: ConversationListItem[] | undefined = earlier.isError ? [] : earlier.data;
  if (!returning) return <p className="text-sm text-neutral-700">{t('history.notReturning')}</p>;
  if (!list) return <p className="text-sm">{t('loading')}</p>;
  const now = new Date();
  return (
    <>
      {list.length === 0 ? (
        <p className="text-sm text-neutral-700">{t('history.empty')}</p>
      ) : (
        <ul className="grid gap-1.5" data-testid="earlier">
          {list.map((c) => (
            <li key={c.id} className="grid gap-0.5 rounded-md border border-neutral-300 bg-white px-2 py-1">
              <span className="text-sm font-medium">
                {formatWhen(new Date(c.startedAt ?? c.queuedAt), now, time)}
                {c.counsellorAlias && ` · ${t('history.by', { alias: c.counsellorAlias })}`}
              </span>
              <TagSummary programme={c.programme} tags={c.tags} lang={lang} />
              <button type="button" onClick={() => setOpen(c.id)} className="justify-self-start text-sm underline">
                {t('history.open')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <TranscriptDialog conversationId={open} onClose={() => setOpen(null)} />
    </>
  );
}
