import { useTranslations } from 'next-intl';
import type { MouseEvent } from 'react';
import { secondaryButton } from './ui';

/**
 * The mailbox, offered where the chat cannot help soon (closed, nobody available): a plain link, so it works without
 * JavaScript. `onBeforeLeave` lets a waiting visitor leave the queue first, so nobody is given a chat without them.
 */
export function MailboxOffer({
  href,
  reason,
  compact = false,
  onBeforeLeave,
}: {
  href: string;
  reason: 'closed' | 'nobody';
  /** Nobody available, said in one sentence with the link in it: for the first screen, where the way in must fit. */
  compact?: boolean;
  onBeforeLeave?: () => Promise<unknown>;
}) {
  const t = useTranslations('chat');
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!onBeforeLeave) return;
    event.preventDefault();
    void onBeforeLeave().finally(() => window.location.assign(href));
  };
  if (compact)
    return (
      <p data-testid="mailbox-offer">
        {t.rich('mailboxOffer.nobodyCompact', {
          link: (words) => (
            <a href={href} className="font-semibold text-[var(--accent)] underline underline-offset-4">
              {words}
            </a>
          ),
        })}
      </p>
    );
  return (
    <div className="grid gap-2" data-testid="mailbox-offer">
      <p>{t(`mailboxOffer.${reason}`)}</p>
      <a href={href} className={`${secondaryButton} text-center`} onClick={follow}>
        {t('otherHelp.mailbox')}
      </a>
    </div>
  );
}
