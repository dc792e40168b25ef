import { randomUUID } from 'node:crypto';
import { programmes } from '@helpline/shared/domain';
import { getTranslations } from 'next-intl/server';
import { VisitorShell } from '~/components/visitor-shell';
import { pageNow } from '~/lib/page-now';
import { ageBandsOf } from '../programmes/age-bands';
import { loadProgrammePage } from '../programmes/load-programmes';
import { ProgrammeFacts } from '../programmes/programme-facts';
import { ProgrammeStatus } from '../programmes/programme-status';
import { ChatApp } from './chat-app';
import { chatLinks } from './chat-links';
import { HoursLine } from './hours-line';
import { urgencyOptionsOf } from './urgency-options';

/**
 * A programme's chat page, on its own (`/chat/<programme>`) or framed (`/embed/<programme>`). Everything a visitor
 * needs to read is rendered here on the server; the chat itself needs scripts and says so without them.
 */
export async function ChatPage({
  params,
  embedded,
}: {
  params: Promise<{ lang: string; programme: string }>;
  embedded: boolean;
}) {
  const { lang, programme, state, exitUrl } = await loadProgrammePage(params);
  const t = await getTranslations('programmes');
  const basePath = embedded ? '/embed' : '/chat';
  const now = pageNow();
  const facts = (
    <div className="grid gap-3" data-testid="programme-facts">
      <p>{t(`${programme}.description`)}</p>
      {state ? <ProgrammeFacts programme={state} now={now} /> : <p role="alert">{t('unreachable')}</p>}
    </div>
  );
  // Below the way in, while it is open: what the programme is for, and the other ways to reach it.
  const details = state && (
    <div className="grid gap-3" data-testid="programme-facts">
      <p>{t(`${programme}.description`)}</p>
      <ProgrammeFacts programme={state} now={now} only="contact" />
    </div>
  );
  return (
    <VisitorShell
      path={`${basePath}/${programme}`}
      exitUrl={exitUrl}
      title={programmes[programme].name}
      programme={programme}
      embedded={embedded}
    >
      <noscript>
        <p className="mb-4 rounded-xl border-2 border-[var(--accent)] bg-white p-4 font-semibold">{t('needsScript')}</p>
      </noscript>
      <ChatApp
        programmeId={programme}
        initial={state}
        ageBands={ageBandsOf(programme, lang)}
        urgencies={await urgencyOptionsOf(programme, lang)}
        basePath={basePath}
        links={await chatLinks(programme, basePath)}
        facts={facts}
        details={details}
        attemptId={randomUUID()}
        phone={{ ...programmes[programme].phone, note: t(`${programme}.phoneNote`) }}
        stateLine={state && <ProgrammeStatus programme={state} now={now} />}
        hoursLine={state && <HoursLine state={state} now={now} />}
      />
    </VisitorShell>
  );
}
