'use client';

import type { MailboxNote, MailboxStaffThread } from '@helpline/shared/http';
import * as Tabs from '@radix-ui/react-tabs';
import { type Locale, useTranslations } from 'next-intl';
import type { ErrorReport } from '~/i18n/errors/describe-error';
import { ApiError } from '~/lib/api';
import { saveTags, tab } from '../case-panel/case-panel';
import { NotesTab } from '../case-panel/notes-tab';
import { useDetail } from '../case-panel/use-detail';
import { IntakeSummary } from '../queue/intake-summary';
import { knownFacts } from '../tags/known-facts';
import { TagForm } from '../tags/tag-form';
import { addThreadNote } from './thread-api';

type Props = {
  thread: MailboxStaffThread;
  lang: Locale;
  /** The tags are stored and complete: close the thread. */
  onClose: () => void;
  onNoteAdded: (note: MailboxNote) => void;
};

/** The claimant's case panel of a thread: the intake, the tags (saving them complete closes it), the notes. */
export function ThreadCasePanel({ thread, lang, onClose, onNoteAdded }: Props) {
  const t = useTranslations('casePanel');
  const m = useTranslations('mailboxDesk');
  const errors = useTranslations('errors');
  const id = thread.conversationId;
  // The case file is the holder's: a claim made this counsellor the thread's holder, as accepting does for a chat.
  const { detail, failed } = useDetail(id);
  const intake = detail?.intake ?? {};
  const addNote = async (body: string): Promise<ErrorReport | null> => {
    try {
      onNoteAdded(await addThreadNote(id, body));
      return null;
    } catch (error) {
      return error instanceof ApiError ? error : { code: 'INTERNAL' };
    }
  };
  return (
    <aside
      aria-label={t('label')}
      className="flex w-full shrink-0 flex-col overflow-y-auto border-t border-neutral-300 bg-white lg:w-[26rem] lg:border-t-0 2xl:w-[34rem]"
    >
      <section className="border-b border-neutral-300 px-3 py-2">
        <h2 className="text-sm font-semibold">{t('intake')}</h2>
        {Object.keys(intake).length > 0 ? (
          <IntakeSummary programme={thread.programme} intake={intake} />
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
            {t('tabs.notes')} {thread.notes.length > 0 && `(${thread.notes.length})`}
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="tags" className="p-3">
          {failed && <p role="alert">{t('loadFailed')}</p>}
          {detail ? (
            <TagForm
              key={id}
              programme={thread.programme}
              initial={detail.tags}
              facts={knownFacts(thread.programme, intake, [])}
              lang={lang}
              idPrefix={`tags-${id}`}
              onSave={(tags) => saveTags(id, tags, errors)}
              closeOut={{ label: m('closeOut'), onDone: onClose }}
            />
          ) : (
            !failed && <p className="text-sm">{t('loading')}</p>
          )}
        </Tabs.Content>
        <Tabs.Content value="notes" className="p-3">
          <NotesTab notes={thread.notes} onAdd={addNote} />
        </Tabs.Content>
      </Tabs.Root>
    </aside>
  );
}
