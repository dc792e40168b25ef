import type { ProgrammeId } from '@helpline/shared/domain';
import { useLocale, useTranslations } from 'next-intl';
import type { FormEvent, ReactNode, Ref } from 'react';
import type { ChatLinks } from './chat-links';
import { MailboxOffer } from './mailbox-offer';
import { OtherHelp, type Phone } from './other-help';
import { headingClass, primaryButton } from './ui';

/**
 * A closed programme's chat page keeps its button, so an attempt outside hours is counted. Without JavaScript it is a
 * plain form post (counted anonymously, once per page view); with it, `onStart` asks to join, which the server answers
 * CLOSED and counts once per visitor a day. The mailbox is offered at once beside it.
 */
export function ClosedStart({
  programme,
  embedded,
  attemptId,
  facts,
  mailboxHref,
  onStart,
}: {
  programme: ProgrammeId;
  embedded: boolean;
  attemptId: string;
  facts: ReactNode;
  mailboxHref: string;
  onStart?: () => void;
}) {
  const t = useTranslations('chat');
  const lang = useLocale();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (!onStart) return;
    event.preventDefault();
    onStart();
  };
  return (
    <section aria-labelledby="closed-title" className="grid gap-4" data-testid="closed">
      <h2 id="closed-title" className={headingClass}>
        {t('closedTitle')}
      </h2>
      {facts}
      <form method="post" action="/api/chat/closed-attempt" onSubmit={submit} className="grid">
        <input type="hidden" name="programme" value={programme} />
        <input type="hidden" name="lang" value={lang} />
        <input type="hidden" name="from" value={embedded ? 'embed' : 'chat'} />
        <input type="hidden" name="attempt" value={attemptId} />
        <button type="submit" className={primaryButton}>
          {t('start')}
        </button>
      </form>
      <MailboxOffer href={mailboxHref} reason="closed" />
    </section>
  );
}

/** The answer to that button: when the chat opens, and what there is meanwhile. */
export function ClosedAnswer({
  links,
  phone,
  hours,
  opensAt,
  when,
  embedded,
  headingRef,
}: {
  links: ChatLinks;
  phone: Phone;
  /** The programme's state line, shown when the answer does not say when it opens. */
  hours: ReactNode;
  opensAt: string | null;
  /** How `opensAt` reads ("morgen om 07:00"), formatted by the caller. */
  when: string | null;
  embedded: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const t = useTranslations('chat');
  return (
    <section aria-labelledby="closed-answer-title" className="grid gap-4" data-testid="closed-answer">
      <div className="grid gap-2">
        <h2 id="closed-answer-title" ref={headingRef} tabIndex={-1} className={headingClass}>
          {t('closedTitle')}
        </h2>
        {opensAt && when && (
          <p className="text-lg font-semibold" data-testid="closed-when">
            {t('closedWhen', { when })}
          </p>
        )}
      </div>
      <OtherHelp links={links} phone={phone} hours={opensAt ? null : hours} embedded={embedded} />
    </section>
  );
}
