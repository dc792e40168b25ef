import { programmes } from '@helpline/shared/domain';
import type { ProgrammeState } from '@helpline/shared/http';
import { ExternalIcon, PhoneIcon } from '~/components/icons';
import type { Lang } from '~/i18n';
import { programmesDictionary } from './i18n';
import { ProgrammeStatus } from './programme-status';

/**
 * What a visitor needs to know without scripts: open or not, when it opens, the honest wait, the phone number and
 * the self-help site. Rendered on the server.
 */
export function ProgrammeFacts({
  programme,
  lang,
  now,
  only,
}: {
  programme: ProgrammeState;
  lang: Lang;
  now: Date;
  /** One half: the state (open, wait), or the other ways in (phone, self-help). */
  only?: 'state' | 'contact';
}) {
  const d = programmesDictionary[lang];
  const { phone } = programmes[programme.id];
  const state = only !== 'contact';
  const contact = only !== 'state';
  return (
    <div className="grid gap-3" data-open={String(programme.open)}>
      {state && <ProgrammeStatus programme={programme} lang={lang} now={now} />}
      {contact && (
        <p className="flex flex-wrap items-center gap-x-2">
          <span>{d.call}</span>
          <a
            href={`tel:${phone.tel}`}
            className="inline-flex min-h-11 items-center gap-2 font-semibold text-[var(--accent)] underline underline-offset-4"
            data-testid="programme-phone"
          >
            <PhoneIcon />
            {phone.display}
          </a>
          <span className="text-sm text-[var(--muted-fg)]">{d[programme.id].phoneNote}</span>
        </p>
      )}
      {contact && (
        <a
          href={programme.selfHelpUrl}
          rel="noopener noreferrer"
          className="inline-flex min-h-11 w-fit items-center gap-2 rounded-lg bg-[var(--accent-soft)] px-4 font-medium text-[var(--accent)] underline-offset-4 hover:underline"
          data-testid="self-help"
        >
          {d.selfHelp}: {new URL(programme.selfHelpUrl).host}
          <ExternalIcon />
        </a>
      )}
    </div>
  );
}
