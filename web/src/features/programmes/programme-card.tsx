import type { ProgrammeState } from '@helpline/shared/http';
import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '~/i18n/navigation';
import { ProgrammeFacts } from './programme-facts';

/** One helpline on the landing page, in its own colours: its state, the way into its chat while open, then phone and self-help. */
export async function ProgrammeCard({ programme, now }: { programme: ProgrammeState; now: Date }) {
  const [t, locale] = [await getTranslations('programmes'), await getLocale()];
  const headingId = `programme-${programme.id}`;
  return (
    <section
      aria-labelledby={headingId}
      data-programme={programme.id}
      data-open={String(programme.open)}
      className="grid gap-3 rounded-2xl border-l-8 border-[var(--accent)] bg-white p-5 shadow-sm"
    >
      <h2 id={headingId} className="text-2xl font-bold text-[var(--accent)]">
        {programme.name}
      </h2>
      <p className="text-[var(--muted-fg)]">{t(`${programme.id}.description`)}</p>
      <ProgrammeFacts programme={programme} now={now} only="state" />
      {programme.open && (
        <a
          href={getPathname({ locale, href: `/chat/${programme.id}` })}
          className="inline-flex min-h-11 w-fit items-center rounded-lg bg-[var(--accent)] px-5 font-semibold text-[var(--accent-fg)]"
        >
          {t('chatLink', { name: programme.name })}
        </a>
      )}
      <ProgrammeFacts programme={programme} now={now} only="contact" />
    </section>
  );
}
