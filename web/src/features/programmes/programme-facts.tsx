import { programmes } from '@helpline/shared/domain';
import type { ProgrammeState } from '@helpline/shared/http';
import { getTranslations } from 'next-intl/server';
import { ExternalIcon, PhoneIcon } from '~/components/icons';
import { ProgrammeStatus } from './programme-status';

/**
 * What a visitor needs to know without scripts: open or not, when it opens, the honest wait, the phone number and
 * the self-help site. Rendered on the server.
 */
export async function ProgrammeFacts({
  programme,
  now,
  only,
}: {
  programme: ProgrammeState;
  now: Date;
  /** One half: the state (open, wait), or the other ways in (phone, self-help). */
  only?: 'state' | 'contact';
}) {
  const t = await getTranslations('programmes');
  const { phone } = programmes[programme.id];
  const state = only !== 'contact';
  const contact = only !== 'state';
  return (
    <div className="grid gap-3" data-open={String(programme.open)}>
      {state && <ProgrammeStatus programme={programme} now={now} />}
      {contact && (
        <p className="flex flex-wrap items-center gap-x-2">
          <span>{t('call')}</span>
          <a
            href={`tel:${phone.tel}`}
            className="inline-flex min-h-11 items-center gap-2 font-semibold text-[var(--accent)] underline underline-offset-4"
            data-testid="programme-phone"
          >
            <PhoneIcon />
            {phone.display}
          </a>
          <span className="text-sm text-[var(--muted-fg)]">{t(`${programme.id}.phoneNote`)}</span>
        </p>
      )}
      {contact && (
        <a
          href={programme.selfHelpUrl}
          rel="noopener noreferrer"
          className="inline-flex min-h-11 w-fit items-center gap-2 rounded-lg bg-[var(--accent-soft)] px-4 font-medium text-[var(--accent)] underline-offset-4 hover:underline"
          data-testid="self-help"
        >
          {t('selfHelp')}: {new URL(programme.selfHelpUrl).host}
          <ExternalIcon />
        </a>
      )}
    </div>
  );
}
