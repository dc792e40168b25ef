'use client';

import type { Tags } from '@helpline/shared/domain';
import * as Tabs from '@radix-ui/react-tabs';
import { type Locale, useTranslations } from 'next-intl';
import { z } from 'zod';
import { describeFailure, type ErrorsText } from '~/i18n/errors/describe-error';
import { api } from '~/lib/api';
import { IntakeSummary } from '../queue/intake-summary';
import { ReferralPanel } from '../referrals/referral-panel';
import { knownFacts } from '../tags/known-facts';
import { TagForm } from '../tags/tag-form';
import type { Chat } from '../workspace/chat-state';
import { useWorkspace } from '../workspace/workspace-context';
import { HistoryTab } from './history-tab';
import { NotesTab } from './notes-tab';
import { useDetail } from './use-detail';

const StoredTags = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
/** A tab of the case panel (and of the mailbox thread's). */
export const tab =
  'rounded-t-md border-b-2 border-transparent px-2.5 py-1.5 text-sm font-medium aria-selected:border-neutral-900 aria-selected:font-semibold';

/** PUT the tags; resolves with the server's message on failure (the failing dimension), null when stored. */
export const saveTags = (id: string, tags: Tags, errors: ErrorsText) =>
  api(StoredTags, `/api/conversations/${id}/tags`, { method: 'PUT', body: JSON.stringify(tags) }).then(
    () => null,
    (err: unknown) => describeFailure(err, errors),
  );

/** The right column: intake, tags, notes, a returning visitor's earlier chats, and the referral (Stop it Now). */
export function CasePanel({ chat, lang }: { chat: Chat; lang: Locale }) {
  const t = useTranslations('casePanel');
  const tags = useTranslations('tags');
  const errors = useTranslations('errors');
  const { desk } = useWorkspace();
  const { detail, failed, reload } = useDetail(chat.id);
  const intake = Object.keys(chat.intake).length > 0 ? chat.intake : (detail?.intake ?? {});
  const returning = chat.returning || Boolean(detail?.returning);
  const ended = chat.status !== 'active';
  return (
    <aside aria-label={t('label')} className="flex w-[26rem] shrink-0 flex-col overflow-y-auto bg-white 2xl:w-[34rem]">
      <section className="border-b border-neutral-300 px-3 py-2">
        <h2 className="text-sm font-semibold">{t('intake')}</h2>
        {Object.keys(intake).length > 0 ? (
          <IntakeSummary programme={chat.programme} intake={intake} />
        ) : (
          <p className="text-xs text-neutral-700">{t('noIntake')}</p>
        )}
      </section>
      <Tabs.Root defaultValue="tags" className="flex min-h-0 flex-col">
        <Tabs.List aria-label={t('label')} className="flex gap-1 border-b border-neutral-300 px-2 pt-1">
          <Tabs.Trigger value="tags" className={tab}>
            {t('tabs.tags')}
          </Tabs.Trigger>
          <Tabs.Trigger value="notes" className={tab}>
            {t('tabs.notes')} {chat.notes.length > 0 && `(${chat.notes.length})`}
          </Tabs.Trigger>
          <Tabs.Trigger value="history" className={tab}>
            {t('tabs.history')}
          </Tabs.Trigger>
          {chat.programme === 'stopitnow' && (
            <Tabs.Trigger value="referral" className={tab}>
              {t('tabs.referral')} {detail && detail.referrals.length > 0 && `(${detail.referrals.length})`}
            </Tabs.Trigger>
          )}
        </Tabs.List>
        <Tabs.Content value="tags" className="p-3">
          {failed && <p role="alert">{t('loadFailed')}</p>}
          {detail ? (
            <TagForm
              key={chat.id}
              programme={chat.programme}
              initial={detail.tags}
              facts={knownFacts(
                chat.programme,
                intake,
                detail.referrals.map((r) => r.kind),
              )}
              lang={lang}
              idPrefix={`tags-${chat.id}`}
              onSave={(tags) => saveTags(chat.id, tags, errors)}
              closeOut={ended ? { label: tags('closeOut'), onDone: () => desk.actions.closeOut(chat.id) } : undefined}
            />
          ) : (
            !failed && <p className="text-sm">{t('loading')}</p>
          )}
        </Tabs.Content>
        <Tabs.Content value="notes" className="p-3">
          <NotesTab notes={chat.notes} onAdd={(body) => desk.actions.addNote(chat.id, body)} />
        </Tabs.Content>
        <Tabs.Content value="history" className="p-3">
          <HistoryTab conversationId={chat.id} returning={returning} lang={lang} />
        </Tabs.Content>
        {chat.programme === 'stopitnow' && (
          <Tabs.Content value="referral" className="p-3">
            <ReferralPanel conversationId={chat.id} referrals={detail?.referrals ?? []} onChanged={reload} />
          </Tabs.Content>
        )}
      </Tabs.Root>
    </aside>
  );
}
