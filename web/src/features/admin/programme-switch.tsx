import { type ProgrammeId, programmeIds } from '@helpline/shared';
import Link from 'next/link';
import { type Locale, useTranslations } from 'next-intl';
import { getPathname } from '~/i18n/navigation';

/** The programme an admin page edits: one link per programme, the current one marked. */
export function ProgrammeSwitch({
  lang,
  path,
  current,
  label,
}: {
  lang: Locale;
  path: string;
  current: ProgrammeId;
  label: string;
}) {
  const names = useTranslations('supervisor.programmes');
  return (
    <nav aria-label={label}>
      <ul className="flex gap-2">
        {programmeIds.map((p) => (
          <li key={p}>
            <Link
              href={`${getPathname({ locale: lang, href: path })}?programme=${p}`}
              aria-current={p === current ? 'page' : undefined}
              className="inline-flex min-h-11 items-center rounded-lg border border-neutral-500 px-4 aria-[current=page]:border-blue-800 aria-[current=page]:bg-blue-800 aria-[current=page]:text-white"
            >
              {names(p)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export const programmeFromSearch = (value: unknown): ProgrammeId =>
  programmeIds.find((p) => p === value) ?? 'helpwanted';
