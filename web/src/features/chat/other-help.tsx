import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { PhoneIcon } from '~/components/icons';
import type { ChatLinks } from './chat-links';
import { headingClass, secondaryButton } from './ui';

/**
 * When the chat cannot help now (closed, a wait that failed): when it is open, the phone number, the mailbox and the
 * advice pages. No hooks, so the page without JavaScript shows the same.
 */
/** A programme's published phone number and what to say about it. */
export type Phone = { tel: string; display: string; note: string };

export function OtherHelp({
  links,
  phone,
  hours,
  embedded,
}: {
  links: ChatLinks;
  /** The programme's published number (from the server: the domain module stays out of the browser's scripts). */
  phone: Phone;
  /** When the chat is open, rendered by the caller (the words live on the server, out of the browser's scripts). */
  hours: ReactNode;
  embedded: boolean;
}) {
  const t = useTranslations('chat');
  // Framed on another site, the advice pages cannot show inside the frame: they open on their own. The mailbox can.
  const away = embedded ? { target: '_blank', rel: 'noopener noreferrer' } : {};
  return (
    <section
      aria-labelledby="other-help-title"
      data-testid="other-help"
      className="grid gap-4 rounded-2xl bg-white p-5 shadow-sm"
    >
      <h2 id="other-help-title" className={headingClass}>
        {t('otherHelp.title')}
      </h2>
      {hours}
      <p className="flex flex-wrap items-center gap-x-2">
        <span>{t('otherHelp.call')}</span>
        <a
          href={`tel:${phone.tel}`}
          className="inline-flex min-h-11 items-center gap-2 font-semibold text-[var(--accent)] underline underline-offset-4"
          data-testid="help-phone"
        >
          <PhoneIcon />
          {phone.display}
        </a>
        <span className="text-sm text-[var(--muted-fg)]">{phone.note}</span>
      </p>
      <div className="grid gap-1">
        <a href={links.mailbox} className={`${secondaryButton} text-center`} data-testid="help-mailbox">
          {t('otherHelp.mailbox')}
        </a>
        <p className="text-sm text-[var(--muted-fg)]">{t('otherHelp.mailboxNote')}</p>
      </div>
      <div className="grid gap-1">
        <a href={links.advice} className={`${secondaryButton} text-center`} data-testid="help-advice" {...away}>
          {t('otherHelp.advice')}
        </a>
        <p className="text-sm text-[var(--muted-fg)]">{t('otherHelp.adviceNote')}</p>
      </div>
    </section>
  );
}
