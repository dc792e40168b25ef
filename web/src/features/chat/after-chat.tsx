'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { EndReason } from './chat-state';
import { ReturnCode } from './return-code';
import { SurveyForm } from './survey-form';
import { headingClass, primaryButton } from './ui';
import { UnsentDraft } from './unsent-draft';
import { useFocusOnMount } from './use-focus-on-mount';

/**
 * After the chat: why it ended, once; what was still being written (kept, copyable, with the way to the mailbox);
 * after a failed wait the other ways to get help; the survey only after a real conversation; a return code; a new start.
 */
export function AfterChat({
  reason,
  hadConversation,
  otherHelp,
  mailboxHref,
  onSurvey,
  onReturnCode,
  onNewChat,
}: {
  reason: EndReason;
  hadConversation: boolean;
  otherHelp: ReactNode;
  mailboxHref: string;
  onSurvey: Parameters<typeof SurveyForm>[0]['onSubmit'];
  onReturnCode: () => Promise<string | null>;
  onNewChat: () => void;
}) {
  const t = useTranslations('chat');
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <>
      <section aria-labelledby="ended-title" className="grid gap-6 rounded-2xl bg-white p-5 shadow-sm">
        <h2 id="ended-title" ref={heading} tabIndex={-1} className={headingClass} data-testid="ended">
          {t(`ended.${reason === 'timed-out' ? 'timedOut' : reason}`)}
        </h2>
        <UnsentDraft mailboxHref={mailboxHref} />
      </section>
      {otherHelp}
      <section aria-label={t('newChat')} className="grid gap-6 rounded-2xl bg-white p-5 shadow-sm">
        {hadConversation && <SurveyForm onSubmit={onSurvey} />}
        <ReturnCode onCreate={onReturnCode} />
        <button type="button" className={primaryButton} onClick={onNewChat}>
          {t('newChat')}
        </button>
      </section>
    </>
  );
}
