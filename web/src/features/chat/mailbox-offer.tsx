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
  onBeforeLeave,
}: {
  href: string;
  reason: 'closed' | 'nobody';
  onBeforeLeave?: () => Promise<unknown>;
}) {
  const t = useTranslations('chat');
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!onBeforeLeave) return;
    event.preventDefault();
    void onBeforeLeave().finally(() => window.location.assign(href));
  };
  return (
    <div className="grid gap-2" data-testid="mailbox-offer">
      <p>{t(`mailboxOffer.${reason}`)}</p>
      <a href={href} className={`${secondaryButton} text-center`} onClick={follow}>
        {t('otherHelp.mailbox')}
      </a>
    </div>
  );
}
