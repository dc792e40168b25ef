'use client';

import { useTranslations } from 'next-intl';
import { MailboxOffer } from './mailbox-offer';
import { headingClass, secondaryButton } from './ui';
import { useFocusOnMount } from './use-focus-on-mount';

/**
 * The honest wait: position, and a time only when someone is there to answer. Announced politely. With nobody there,
 * the mailbox is offered (leaving the queue first).
 */
export const waitLine = (
  estimatedWaitSeconds: number | null,
  counsellorsAvailable: number | null,
  t: ReturnType<typeof useTranslations<'chat'>>,
): string | null => {
  if (counsellorsAvailable === 0) return t('nobodyAvailable');
  if (estimatedWaitSeconds === null) return null;
  if (estimatedWaitSeconds === 0) return t('startsNow');
  return t('minutes', { minutes: Math.max(1, Math.ceil(estimatedWaitSeconds / 60)) });
};

export function WaitingView({
  position,
  estimatedWaitSeconds,
  counsellorsAvailable,
  mailboxHref,
  onLeave,
}: {
  position: number;
  estimatedWaitSeconds: number | null;
  counsellorsAvailable: number | null;
  mailboxHref: string;
  onLeave: () => Promise<unknown>;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const t = useTranslations('chat');
  const line = waitLine(estimatedWaitSeconds, counsellorsAvailable, t);
  return (
    <section aria-labelledby="waiting-title" className="grid gap-4 rounded-2xl bg-white p-5 shadow-sm">
      <h2 id="waiting-title" ref={heading} tabIndex={-1} className={headingClass}>
        {t('waitingTitle')}
      </h2>
      <div aria-live="polite" aria-atomic="true" data-testid="queue-status" className="grid gap-1 text-lg">
        <p className="font-semibold">{t('position', { position })}</p>
        {line && <p>{line}</p>}
      </div>
      <p className="text-[var(--muted-fg)]">{t('waitingHint')}</p>
      {counsellorsAvailable === 0 && <MailboxOffer href={mailboxHref} reason="nobody" onBeforeLeave={onLeave} />}
      <button type="button" className={secondaryButton} onClick={() => void onLeave()}>
        {t('leaveQueue')}
      </button>
    </section>
  );
}
