import { randomUUID } from 'node:crypto';
import { dimensionsOf, type ProgrammeId, programmes, valuesOf } from '@helpline/shared/domain';
import { VisitorShell } from '~/components/visitor-shell';
import { dictionaries, type Lang } from '~/i18n';
import { programmesDictionary } from '../programmes/i18n';
import { loadProgrammePage } from '../programmes/load-programmes';
import { ProgrammeFacts } from '../programmes/programme-facts';
import { ProgrammeStatus } from '../programmes/programme-status';
import { ChatApp } from './chat-app';
import { HoursLine } from './hours-line';

/** The programme's age bands as the intake offers them; "rather not say" is the empty choice, not `unknown`. */
const ageBandsOf = (programme: ProgrammeId, lang: Lang) => {
  const dimension = dimensionsOf(programme).find((d) => d.id === 'ageBand');
  if (!dimension) return [];
  return Object.entries(valuesOf(dimension))
    .filter(([value]) => value !== 'unknown')
    .map(([value, label]) => ({ value, label: label[lang] }));
};

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
  const d = programmesDictionary[lang];
  const basePath = embedded ? '/embed' : '/chat';
  const now = new Date();
  const facts = (
    <div className="grid gap-3" data-testid="programme-facts">
      <p>{d[programme].description}</p>
      {state ? <ProgrammeFacts programme={state} lang={lang} now={now} /> : <p role="alert">{d.unreachable}</p>}
    </div>
  );
  // Below the way in, while it is open: what the programme is for, and the other ways to reach it.
  const details = state && (
    <div className="grid gap-3" data-testid="programme-facts">
      <p>{d[programme].description}</p>
      <ProgrammeFacts programme={state} lang={lang} now={now} only="contact" />
    </div>
  );
  return (
    <VisitorShell
      lang={lang}
      path={`${basePath}/${programme}`}
      exitUrl={exitUrl}
      title={programmes[programme].name}
      programme={programme}
      embedded={embedded}
    >
      <noscript>
        <p className="mb-4 rounded-xl border-2 border-[var(--accent)] bg-white p-4 font-semibold">{d.needsScript}</p>
      </noscript>
      <ChatApp
        programmeId={programme}
        initial={state}
        lang={lang}
        ageBands={ageBandsOf(programme, lang)}
        basePath={basePath}
        time={dictionaries[lang].time}
        facts={facts}
        details={details}
        attemptId={randomUUID()}
        phone={{ ...programmes[programme].phone, note: d[programme].phoneNote }}
        stateLine={state && <ProgrammeStatus programme={state} lang={lang} now={now} />}
        hoursLine={state && <HoursLine state={state} lang={lang} now={now} />}
      />
    </VisitorShell>
  );
}
