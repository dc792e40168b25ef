import { randomUUID } from 'node:crypto';
import { type ProgrammeId, programmes } from '@helpline/shared/domain';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { VisitorShell } from '~/components/visitor-shell';
import { getPathname } from '~/i18n/navigation';
import { ageBandsOf } from '../programmes/age-bands';
import { loadExitUrl, loadProgrammePage } from '../programmes/load-programmes';
import { ThreadView } from './thread-view';
import { WriteForm } from './write-form';

type ProgrammeParams = Promise<{ lang: string; programme: string }>;

/** The mailbox's words and the time words, for its forms (the rest of the page is rendered here). */
async function MailboxMessages({ children }: { children: ReactNode }) {
  const { mailbox, common } = await getMessages();
  return (
    <NextIntlClientProvider messages={{ mailbox, common: { time: common.time } }}>{children}</NextIntlClientProvider>
  );
}

/**
 * Where the mailbox's pages are: on their own (`/mailbox/<programme>`, `/mailbox`), or inside the embed on another
 * website (`/embed/<programme>/mailbox`, `.../mailbox/read`), where every step stays in the frame.
 */
const mailboxPaths = (programme: ProgrammeId, embedded: boolean) =>
  embedded
    ? { write: `/embed/${programme}/mailbox`, read: `/embed/${programme}/mailbox/read`, chat: `/embed/${programme}` }
    : { write: `/mailbox/${programme}`, read: '/mailbox', chat: `/chat/${programme}` };

/** Inside the frame there is no address bar or back button in sight: the way back to the chat is a link. */
async function BackToChat({ href }: { href: string }) {
  const t = await getTranslations('mailbox');
  return (
    <p className="mt-4">
      <a
        href={getPathname({ locale: await getLocale(), href })}
        className="inline-flex min-h-11 items-center font-semibold text-[var(--accent)] underline underline-offset-4"
        data-testid="mailbox-back-to-chat"
      >
        {t('backToChat')}
      </a>
    </p>
  );
}

/** `/mailbox/<programme>` (or in the embed): write a message, get the code once. Works without JavaScript. */
export async function WritePage({ params, embedded = false }: { params: ProgrammeParams; embedded?: boolean }) {
  const { lang, programme, exitUrl } = await loadProgrammePage(params);
  const t = await getTranslations('chat');
  const paths = mailboxPaths(programme, embedded);
  return (
    <VisitorShell
      path={paths.write}
      exitUrl={exitUrl}
      title={programmes[programme].name}
      programme={programme}
      embedded={embedded}
    >
      <MailboxMessages>
        <WriteForm
          initial={{
            step: 'form',
            programme,
            lang,
            body: '',
            ageBand: '',
            about: '',
            clientId: randomUUID(),
            attempt: 0,
          }}
          ageBands={ageBandsOf(programme, lang)}
          ageLabel={t(`ageLabel.${programme}`)}
          readHref={getPathname({ locale: lang, href: paths.read })}
        />
      </MailboxMessages>
      {embedded && <BackToChat href={paths.chat} />}
    </VisitorShell>
  );
}

/** `/mailbox`: read the answer with the code, write back, or forget the conversation. Works without JavaScript. */
export async function ReadPage() {
  const [exitUrl, t] = [await loadExitUrl(), await getTranslations('mailbox')];
  return (
    <VisitorShell path="/mailbox" exitUrl={exitUrl} title={t('pageTitle')}>
      <MailboxMessages>
        <ThreadView initial={{ step: 'code', code: '', attempt: 0 }} />
      </MailboxMessages>
    </VisitorShell>
  );
}

/** `/embed/<programme>/mailbox/read`: the read page inside the frame, in the programme's colours. */
export async function EmbeddedReadPage({ params }: { params: ProgrammeParams }) {
  const { programme, exitUrl } = await loadProgrammePage(params);
  const paths = mailboxPaths(programme, true);
  return (
    <VisitorShell path={paths.read} exitUrl={exitUrl} title={programmes[programme].name} programme={programme} embedded>
      <MailboxMessages>
        <ThreadView initial={{ step: 'code', code: '', attempt: 0 }} />
      </MailboxMessages>
      <BackToChat href={paths.chat} />
    </VisitorShell>
  );
}
