import { programmes } from '@helpline/shared/domain';
import { getTranslations } from 'next-intl/server';
import { VisitorShell } from '~/components/visitor-shell';
import { formatWhen } from '~/lib/format-time';
import { pageNow } from '~/lib/page-now';
import { loadProgrammePage } from '../programmes/load-programmes';
import { chatLinks } from './chat-links';
import { ClosedAnswer } from './closed';
import { HoursLine } from './hours-line';

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
  const { programme, state, exitUrl } = await loadProgrammePage(params);
  const t = await getTranslations('programmes');
  const now = pageNow();
  const opensAt = state && !state.open ? state.opensAt : null;
  return (
    <VisitorShell
      path={`${embedded ? '/embed' : '/chat'}/${programme}/closed`}
      exitUrl={exitUrl}
      title={programmes[programme].name}
      programme={programme}
      embedded={embedded}
    >
      <ClosedAnswer
        links={await chatLinks(programme, embedded ? '/embed' : '/chat')}
        phone={{ ...programmes[programme].phone, note: t(`${programme}.phoneNote`) }}
        hours={state && <HoursLine state={state} now={now} />}
        opensAt={opensAt}
        when={opensAt ? formatWhen(new Date(opensAt), now, await getTranslations('common.time')) : null}
        embedded={embedded}
      />
    </VisitorShell>
  );
}
