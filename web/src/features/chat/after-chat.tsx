'use client';

import type { EndReason } from './chat-state';
import type { ChatDictionary } from './i18n';
import { ReturnCode } from './return-code';
import { SurveyForm } from './survey-form';
import { headingClass, primaryButton } from './ui';
import { useFocusOnMount } from './use-focus-on-mount';

const endText = (reason: EndReason, t: ChatDictionary) =>
  reason === 'timed-out' ? t.ended.timedOut : reason === 'abandoned' ? t.ended.abandoned : t.ended[reason];

/** After the chat: why it ended, the optional survey (only after a real conversation), a return code, a new start. */
export function AfterChat({
  reason,
  hadConversation,
  onSurvey,
  onReturnCode,
  onNewChat,
  t,
}: {
  reason: EndReason;
  hadConversation: boolean;
  onSurvey: Parameters<typeof SurveyForm>[0]['onSubmit'];
  onReturnCode: () => Promise<string | null>;
  onNewChat: () => void;
  t: ChatDictionary;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section aria-labelledby="ended-title" className="grid gap-6 rounded-2xl bg-white p-5 shadow-sm">
      <h2 id="ended-title" ref={heading} tabIndex={-1} className={headingClass} data-testid="ended">
        {endText(reason, t)}
      </h2>
      {hadConversation && <SurveyForm onSubmit={onSurvey} t={t} />}
      <ReturnCode onCreate={onReturnCode} t={t} />
      <button type="button" className={primaryButton} onClick={onNewChat}>
        {t.newChat}
      </button>
    </section>
  );
}
