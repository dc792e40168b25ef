'use client';

import { type ProgrammeId, programmeIds, programmes } from '@helpline/shared/domain';
import type { ConversationListItem } from '@helpline/shared/http';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { Dialog } from '~/components/dialog';
import { ProgrammeBadge } from '~/components/programme-badge';
import { formatWhen } from '~/lib/format-time';
import { saveTags } from '../case-panel/case-panel';
import { useStaff } from '../staff-session/staff-session';
import { TagForm } from '../tags/tag-form';
import { useWorkspace } from '../workspace/workspace-context';
import { daysAgo } from './period';
import { TagSummary } from './tag-summary';
import { TranscriptDialog } from './transcript-dialog';
import { type HistoryFilter, useHistory } from './use-history';

const field = 'rounded-md border border-neutral-500 bg-white px-2 py-1 text-sm';
const cell = 'border-t border-neutral-200 px-2 py-1.5 align-top text-sm';

/** Past conversations and logged contacts with their tags; transcripts open audited, tags stay editable. */
export function HistoryView() {
  const { lang } = useWorkspace();
  const t = useTranslations('history');
  const time = useTranslations('common.time');
  const errors = useTranslations('errors');
  const me = useStaff();
  const [filter, setFilter] = useState<HistoryFilter>({ from: daysAgo(7), through: daysAgo(0), programme: '' });
  const { data, failed, reload } = useHistory(filter);
  const [transcript, setTranscript] = useState<string | null>(null);
  const [editing, setEditing] = useState<ConversationListItem | null>(null);
  const now = new Date();
  const when = (iso: string) => formatWhen(new Date(iso), now, time);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setFilter({
      from: String(form.get('from')),
      through: String(form.get('through')),
      programme: String(form.get('programme')) as ProgrammeId | '',
    });
  };
  return (
    <main className="min-w-0 flex-1 overflow-y-auto p-4">
      <h2 className="text-lg font-bold">{t('title')}</h2>
      <p className="text-sm text-neutral-700">{t('intro')}</p>
      <form onSubmit={submit} className="mt-2 flex flex-wrap items-end gap-2">
        <label className="grid text-sm">
          {t('from')}
          <input type="date" name="from" defaultValue={filter.from} className={field} />
        </label>
        <label className="grid text-sm">
          {t('to')}
          <input type="date" name="through" defaultValue={filter.through} className={field} />
        </label>
        <label className="grid text-sm">
          {t('programme')}
          <select name="programme" defaultValue={filter.programme} className={field}>
            <option value="">{t('all')}</option>
            {programmeIds
              .filter((p) => me.programmes.includes(p))
              .map((p) => (
                <option key={p} value={p}>
                  {programmes[p].name}
                </option>
              ))}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-neutral-900 px-3 py-1.5 text-sm font-semibold text-white">
          {t('show')}
        </button>
      </form>
      {failed && <p role="alert">{t('transcriptFailed')}</p>}
      <section aria-labelledby="history-chats" className="mt-4">
        <h3 id="history-chats" className="font-semibold">
          {t('conversations')}
        </h3>
        {data && data.conversations.length === 0 && <p className="text-sm">{t('none')}</p>}
        {data && data.conversations.length > 0 && (
          <table className="w-full border-collapse bg-white" data-testid="history-conversations">
            <thead>
              <tr className="text-left text-xs text-neutral-700">
                <th className="px-2 py-1">{t('when')}</th>
                <th className="px-2 py-1">{t('programme')}</th>
                <th className="px-2 py-1">{t('status')}</th>
                <th className="px-2 py-1">{t('tags')}</th>
                <th className="px-2 py-1">
                  <span className="sr-only">{t('transcript')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.conversations.map((c) => (
                <tr key={c.id} data-testid="history-conversation">
                  <td className={`${cell} whitespace-nowrap`}>{when(c.startedAt ?? c.queuedAt)}</td>
                  <td className={cell}>
                    <ProgrammeBadge programme={c.programme} />
                  </td>
                  <td className={cell}>{t(`statuses.${c.status}`) ?? c.status}</td>
                  <td className={cell}>
                    <TagSummary programme={c.programme} tags={c.tags} lang={lang} />
                    {!c.tagsComplete && c.status === 'ended' && (
                      <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-950">{t('tagsMissing')}</span>
                    )}
                  </td>
                  <td className={`${cell} whitespace-nowrap`}>
                    {c.status !== 'active' && (
                      <button type="button" className="underline" onClick={() => setTranscript(c.id)}>
                        {t('openTranscript')}
                      </button>
                    )}
                    {c.status === 'ended' && (
                      <button type="button" className="ml-2 underline" onClick={() => setEditing(c)}>
                        {t('editTags')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="history-contacts" className="mt-4">
        <h3 id="history-contacts" className="font-semibold">
          {t('contacts')}
        </h3>
        {data && data.contacts.length === 0 && <p className="text-sm">{t('none')}</p>}
        {data && data.contacts.length > 0 && (
          <ul className="grid gap-1" data-testid="history-contacts">
            {data.contacts.map((c) => (
              <li
                key={c.id}
                data-testid="history-contact"
                className="rounded-md border border-neutral-300 bg-white px-2 py-1.5 text-sm"
              >
                <span className="font-medium">
                  {when(c.occurredAt)} · {t(`channel.${c.channel}`)}
                  {c.durationMinutes !== null && ` · ${t('duration', { minutes: c.durationMinutes })}`}
                </span>{' '}
                <ProgrammeBadge programme={c.programme} short />
                <br />
                <TagSummary programme={c.programme} tags={c.tags} lang={lang} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <TranscriptDialog conversationId={transcript} onClose={() => setTranscript(null)} />
      <Dialog open={editing !== null} onOpenChange={(open) => !open && setEditing(null)} title={t('editTags')}>
        {editing && (
          <div className="max-h-[70vh] overflow-y-auto">
            <TagForm
              programme={editing.programme}
              initial={editing.tags}
              lang={lang}
              idPrefix={`edit-${editing.id}`}
              onSave={async (tags) => {
                const error = await saveTags(editing.id, tags, errors);
                if (!error) reload();
                return error;
              }}
            />
          </div>
        )}
      </Dialog>
    </main>
  );
}
