'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ChatController } from './chat-controller';
import type { ChatState } from './chat-state';
import { Composer } from './composer';
import { Conversation } from './conversation';
import { secondaryButton } from './ui';

/** The live conversation: messages filling the screen, state lines small and calm, the composer at the bottom. */
export function ChattingView({
  state,
  actions,
  locale,
}: {
  state: ChatState;
  actions: ChatController;
  locale: string;
}) {
  const t = useTranslations('chat');
  const [confirming, setConfirming] = useState(false);
  const alias = state.counsellor ?? t('counsellor');
  return (
    <section aria-label={t('conversationLabel')} className="flex flex-1 flex-col">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-semibold" data-testid="chat-started">
          {t('started', { alias })}
        </p>
        {confirming ? (
          <fieldset className="flex flex-wrap items-center gap-2">
            <legend className="contents">{t('endConfirm')}</legend>
            <button type="button" className={secondaryButton} onClick={() => void actions.leave()}>
              {t('endYes')}
            </button>
            <button type="button" className={secondaryButton} onClick={() => setConfirming(false)}>
              {t('endNo')}
            </button>
          </fieldset>
        ) : (
          <button type="button" className={secondaryButton} onClick={() => setConfirming(true)}>
            {t('endChat')}
          </button>
        )}
      </div>
      <div className="flex-1">
        <Conversation
          messages={state.messages}
          outbox={state.outbox}
          counsellor={state.counsellor}
          onRetry={actions.retry}
          locale={locale}
        />
      </div>
      <div className="sticky bottom-0 bg-[var(--page-bg)]">
        <p role="status" className="min-h-6 text-sm text-[var(--muted-fg)]" data-testid="chat-state-line">
          {!state.connected ? t('reconnecting') : state.counsellorTyping ? t('typing', { alias }) : ''}
        </p>
        <Composer onSend={actions.send} onTyping={actions.typing} />
      </div>
    </section>
  );
}
