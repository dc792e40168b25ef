'use client';

import type { ProgrammeId } from '@helpline/shared/domain';
import type { ProgrammeState } from '@helpline/shared/http';
import type { ReactNode } from 'react';
import { useState, useSyncExternalStore } from 'react';
import type { Dictionary, Lang } from '../../i18n';
import { formatWhen } from '../../lib/format-time';
import { AfterChat } from './after-chat';
import { type AgeBandOption, BeforeChat } from './before-chat';
import { ChattingView } from './chatting-view';
import { Conversation } from './conversation';
import { chatDictionary } from './i18n';
import { headingClass } from './ui';
import { useLiveProgramme } from './use-live-programme';
import { useVisitorChat } from './use-visitor-chat';
import { WaitingView } from './waiting-view';

const noop = () => () => {};
/** False while rendering on the server: without scripts the visitor sees the facts and the noscript text only. */
const useHydrated = () =>
  useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );

/** One programme's chat, step by step: before, waiting, chatting, after. */
export function ChatApp({
  programmeId,
  initial,
  lang,
  ageBands,
  basePath,
  time,
  facts,
}: {
  programmeId: ProgrammeId;
  initial: ProgrammeState | null;
  lang: Lang;
  ageBands: AgeBandOption[];
  basePath: '/chat' | '/embed';
  /** The words for "tomorrow at 07:00" in the page's language. */
  time: Dictionary['time'];
  facts: ReactNode;
}) {
  const hydrated = useHydrated();
  const [acknowledged, setAcknowledged] = useState(false);
  const { state, actions } = useVisitorChat(programmeId);
  const { phase } = state;
  const live = useLiveProgramme(initial, phase.kind === 'idle' || phase.kind === 'waiting');
  const t = chatDictionary[lang];
  const locale = time.locale;
  if (!hydrated) return facts;

  if (state.otherProgramme)
    return (
      <>
        {facts}
        <p className="mt-4 rounded-xl bg-white p-4 shadow-sm">
          {t.otherOpen(state.otherProgramme === 'stopitnow' ? 'Stop it Now' : 'Helpwanted')}{' '}
          <a
            href={`${lang === 'en' ? '/en' : ''}${basePath}/${state.otherProgramme}`}
            className="font-semibold underline"
          >
            {t.otherOpenLink}
          </a>
        </p>
      </>
    );

  switch (phase.kind) {
    case 'idle':
      // Unknown (the API did not answer): the facts say so and give the phone number; no claim either way.
      if (!live) return facts;
      if (!live.open) return <Closed facts={facts} title={t.closedTitle} />;
      return (
        <div className="grid gap-4">
          {facts}
          <BeforeChat
            programme={programmeId}
            lang={lang}
            ageBands={ageBands}
            error={state.error}
            acknowledged={acknowledged}
            onAcknowledge={() => setAcknowledged(true)}
            onJoin={(intake) => void actions.join(intake)}
            t={t}
          />
        </div>
      );
    case 'closed':
      return (
        <Closed
          facts={facts}
          title={t.closedTitle}
          when={phase.opensAt ? t.closedWhen(formatWhen(new Date(phase.opensAt), new Date(), { time })) : undefined}
        />
      );
    case 'joining':
    case 'resuming':
      return (
        <p role="status" className="text-lg">
          {t.joining}
        </p>
      );
    case 'waiting':
      return (
        <div className="grid gap-4">
          {state.messages.length > 0 && (
            <Conversation
              messages={state.messages}
              outbox={state.outbox}
              counsellor={state.counsellor}
              onRetry={actions.retry}
              t={t}
              locale={locale}
            />
          )}
          <WaitingView
            position={phase.position}
            estimatedWaitSeconds={phase.estimatedWaitSeconds}
            counsellorsAvailable={live?.counsellorsAvailable ?? null}
            onLeave={() => void actions.leave()}
            t={t}
          />
        </div>
      );
    case 'chatting':
      return <ChattingView state={state} actions={actions} t={t} locale={locale} />;
    case 'ended':
      return (
        <div className="grid gap-4">
          {state.messages.length + state.outbox.length > 0 && (
            <Conversation
              messages={state.messages}
              outbox={state.outbox}
              counsellor={state.counsellor}
              t={t}
              locale={locale}
            />
          )}
          <AfterChat
            reason={phase.reason}
            hadConversation={state.counsellor !== null}
            onSurvey={actions.submitSurvey}
            onReturnCode={actions.createReturnCode}
            onNewChat={actions.newChat}
            t={t}
          />
        </div>
      );
  }
}

/** Closed: when it opens again (in the facts, or from a refused join), then the phone number and self-help. */
function Closed({ facts, title, when }: { facts: ReactNode; title: string; when?: string }) {
  return (
    <section aria-labelledby="closed-title" className="grid gap-4" data-testid="closed">
      <h2 id="closed-title" className={headingClass}>
        {title}
      </h2>
      {when && <p className="font-semibold">{when}</p>}
      {facts}
    </section>
  );
}
