import { programmes } from '@helpline/shared/domain';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { VisitorShell } from '~/components/visitor-shell';
import { getPathname } from '~/i18n/navigation';
import { ageBandsOf } from '../programmes/age-bands';
import { loadExitUrl, loadProgrammePage } from '../programmes/load-programmes';
import { ThreadView } from './thread-view';
import { WriteForm } from './write-form';

/** The mailbox's words and the time words, for its forms (the rest of the page is rendered here). */
async function MailboxMessages({ children }: { children: ReactNode }) {
  const { mailbox, common } = await getMessages();
  return (
    <NextIntlClientProvider messages={{ mailbox, common: { time: common.time } }}>{children}</NextIntlClientProvider>
  );
}

/** `/mailbox/<programme>`: write a message, get the code once. Works without JavaScript. */
export async function WritePage({ params }: { params: Promise<{ lang: string; programme: string }> }) {
  const { lang, programme, exitUrl } = await loadProgrammePage(params);
  const t = await getTranslations('chat');
  return (
    <VisitorShell
      path={`/mailbox/${programme}`}
      exitUrl={exitUrl}
      title={programmes[programme].name}
      programme={programme}
    >
      <MailboxMessages>
        <WriteForm
          initial={{ step: 'form', programme, lang, body: '', ageBand: '', about: '', attempt: 0 }}
          ageBands={ageBandsOf(programme, lang)}
          ageLabel={t(`ageLabel.${programme}`)}
          readHref={getPathname({ locale: lang, href: '/mailbox' })}
        />
      </MailboxMessages>
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
