import { programmes } from '@helpline/shared/domain';
import { VisitorShell } from '~/components/visitor-shell';
import { dictionaries } from '~/i18n';
import { formatWhen } from '~/lib/format-time';
import { programmesDictionary } from '../programmes/i18n';
import { loadProgrammePage } from '../programmes/load-programmes';
import { ClosedAnswer } from './closed';
import { HoursLine } from './hours-line';
import { chatDictionary } from './i18n';

/**
 * What the closed chat page's button answers without JavaScript (the form post redirects here): when the chat opens,
 * the phone number, the mailbox and the advice. A GET, so a reload counts nothing more.
 */
export async function ClosedPage({
  params,
  embedded,
}: {
  params: Promise<{ lang: string; programme: string }>;
  embedded: boolean;
}) {
  const { lang, programme, state, exitUrl } = await loadProgrammePage(params);
  const now = new Date();
  const opensAt = state && !state.open ? state.opensAt : null;
  return (
    <VisitorShell
      lang={lang}
      path={`${embedded ? '/embed' : '/chat'}/${programme}/closed`}
      exitUrl={exitUrl}
      title={programmes[programme].name}
      programme={programme}
      embedded={embedded}
    >
      <ClosedAnswer
        programme={programme}
        phone={{ ...programmes[programme].phone, note: programmesDictionary[lang][programme].phoneNote }}
        hours={state && <HoursLine state={state} lang={lang} now={now} />}
        opensAt={opensAt}
        when={opensAt ? formatWhen(new Date(opensAt), now, dictionaries[lang]) : null}
        lang={lang}
        embedded={embedded}
        t={chatDictionary[lang]}
      />
    </VisitorShell>
  );
}
