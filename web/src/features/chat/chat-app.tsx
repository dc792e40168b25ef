'use client';

import type { ProgrammeId } from '@helpline/shared/domain';
import type { ProgrammeState } from '@helpline/shared/http';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { formatWhen } from '~/lib/format-time';
import type { AgeBandOption } from '../programmes/age-bands';
import { BeforeChat } from './before-chat';
import type { ChatLinks } from './chat-links';
import { ClosedAnswer, ClosedStart } from './closed';
import { Conversation } from './conversation';
import { CrisisNumbers } from './crisis-numbers';
import { MailboxOffer } from './mailbox-offer';
import { OtherHelp, type Phone } from './other-help';
import type { UrgencyOption } from './urgency-question';
import { useFocusOnMount } from './use-focus-on-mount';
import { useLiveProgramme } from './use-live-programme';
import { useVisitorChat } from './use-visitor-chat';
import { WaitingView } from './waiting-view';

const loadChatting = () => import('./chatting-view').then((m) => ({ default: m.ChattingView }));
const loadAfterChat = () => import('./after-chat').then((m) => ({ default: m.AfterChat }));
/** The chat itself and what follows it are not in the first screen's scripts: fetched once the intake shows. */
const ChattingView = lazy(loadChatting);
const AfterChat = lazy(loadAfterChat);

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
  ageBands,
  urgencies,
  basePath,
  links,
  facts,
  details,
  attemptId,
  phone,
  stateLine,
  hoursLine,
}: {
  programmeId: ProgrammeId;
  initial: ProgrammeState | null;
  ageBands: AgeBandOption[];
  /** The programme's urgency answers, most urgent first, in the visitor's words. */
  urgencies: UrgencyOption[];
  basePath: '/chat' | '/embed';
  /** The mailbox, the advice and each programme's chat, in the page's language. */
  links: ChatLinks;
  facts: ReactNode;
  /** What the programme is for, its phone number and self-help: below the way in. */
  details: ReactNode;
  /** A random id for this page view's closed-page form (a repeated post of it counts once). */
  attemptId: string;
  /** The programme's published phone number, for the other ways to get help. */
  phone: Phone;
  /** Open or not and the wait, as the page was rendered: the first thing on a phone's first screen. */
  stateLine: ReactNode;
  /** When the chat is open, for the other ways to get help. */
  hoursLine: ReactNode;
}) {
  const hydrated = useHydrated();
  const [acknowledged, setAcknowledged] = useState(false);
  const { state, actions } = useVisitorChat(programmeId);
  const { phase } = state;
  const live = useLiveProgramme(initial, phase.kind === 'idle' || phase.kind === 'waiting');
  // Fetched while the visitor reads the intake (or at once on a resumed chat), not with the first screen.
  const chatSoon = acknowledged || (phase.kind !== 'idle' && phase.kind !== 'closed');
  useEffect(() => {
    if (!chatSoon) return;
    void loadChatting();
    void loadAfterChat();
  }, [chatSoon]);
  const t = useTranslations('chat');
  const time = useTranslations('common.time');
  const locale = time('locale');
  const embedded = basePath === '/embed';
  const closedStart = (onStart?: () => void) => (
    <ClosedStart
      programme={programmeId}
      embedded={embedded}
      attemptId={attemptId}
      facts={facts}
      mailboxHref={links.mailbox}
      onStart={onStart}
    />
  );
  // Without scripts: the facts, and on a closed programme the button as a plain form post.
  if (!hydrated) return initial && !initial.open ? closedStart() : facts;

  const renderStep = (): ReactNode => {
    if (state.otherProgramme)
      return (
        <>
          {facts}
          <p className="mt-4 rounded-xl bg-white p-4 shadow-sm">
            {t('otherOpen', { name: state.otherProgramme === 'stopitnow' ? 'Stop it Now' : 'Helpwanted' })}{' '}
            <a href={links.chat[state.otherProgramme]} className="font-semibold underline">
              {t('otherOpenLink')}
            </a>
          </p>
        </>
      );

    switch (phase.kind) {
      case 'idle':
        // Unknown (the API did not answer): the facts say so and give the phone number; no claim either way.
        if (!live) return facts;
        if (!live.open) return closedStart(() => void actions.join(undefined));
        // The first screen of a phone: the programme (in the header), its state, and the way in; the rest below.
        return (
          <div className="grid gap-4">
            {!acknowledged && stateLine}
            {live.counsellorsAvailable === 0 && <MailboxOffer href={links.mailbox} reason="nobody" compact />}
            <BeforeChat
              programme={programmeId}
              ageBands={ageBands}
              urgencies={urgencies}
              crisis={state.crisis}
              error={state.error}
              acknowledged={acknowledged}
              onAcknowledge={() => setAcknowledged(true)}
              onUrgency={actions.chooseUrgency}
              onJoin={(intake) => void actions.join(intake)}
            />
            {details}
          </div>
        );
      case 'closed':
        return (
          <ClosedAnswerView
            links={links}
            phone={phone}
            hours={hoursLine}
            opensAt={phase.opensAt}
            when={phase.opensAt ? formatWhen(new Date(phase.opensAt), new Date(), time) : null}
            embedded={embedded}
          />
        );
      case 'joining':
      case 'resuming':
        return (
          <p role="status" className="text-lg">
            {t('joining')}
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
                locale={locale}
              />
            )}
            <WaitingView
              position={phase.position}
              estimatedWaitSeconds={phase.estimatedWaitSeconds}
              counsellorsAvailable={live?.counsellorsAvailable ?? null}
              mailboxHref={links.mailbox}
              onLeave={actions.leave}
            />
          </div>
        );
      case 'chatting':
        return (
          <Suspense fallback={null}>
            <ChattingView state={state} actions={actions} locale={locale} />
          </Suspense>
        );
      case 'ended': {
        // A failed wait is told once, by the heading below, not again by the server's notice in the conversation.
        const messages =
          phase.reason === 'timed-out'
            ? state.messages.filter((m) => m.system?.code !== 'queue-timed-out')
            : state.messages;
        const failedWait = phase.reason === 'timed-out' || phase.reason === 'abandoned';
        return (
          <div className="grid gap-4">
            {messages.length + state.outbox.length > 0 && (
              <Conversation messages={messages} outbox={state.outbox} counsellor={state.counsellor} locale={locale} />
            )}
            <Suspense fallback={null}>
              <AfterChat
                reason={phase.reason}
                // A real conversation: a counsellor wrote something, not only took the chat.
                hadConversation={state.messages.some((m) => m.sender === 'counsellor')}
                otherHelp={
                  failedWait ? <OtherHelp links={links} phone={phone} hours={hoursLine} embedded={embedded} /> : null
                }
                mailboxHref={links.mailbox}
                onSurvey={actions.submitSurvey}
                onReturnCode={actions.createReturnCode}
                onNewChat={actions.newChat}
              />
            </Suspense>
          </div>
        );
      }
    }
  };
  // The intake shows the numbers under its urgency question; anywhere else they lead the page, whatever it shows.
  const intakeShown = phase.kind === 'idle' && acknowledged && !state.otherProgramme && live?.open === true;
  if (intakeShown || state.crisis.length === 0) return renderStep();
  // A column that fills the page, so the chat below keeps its composer at the bottom of the screen.
  return (
    <div className="flex flex-1 flex-col gap-4">
      <CrisisNumbers lines={state.crisis} />
      {renderStep()}
    </div>
  );
}

/** The answer to the closed page's button, its heading focused so the news is read out. */
function ClosedAnswerView(props: Omit<Parameters<typeof ClosedAnswer>[0], 'headingRef'>) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return <ClosedAnswer {...props} headingRef={heading} />;
}
