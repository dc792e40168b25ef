import type { ProgrammeState } from '@helpline/shared/http';
import { type Lang, localPath } from '~/i18n';
import { programmesDictionary } from './i18n';
import { ProgrammeFacts } from './programme-facts';

/** One helpline on the landing page, in its own colours: its state, the way into its chat while open, then phone and self-help. */
export function ProgrammeCard({ programme, lang, now }: { programme: ProgrammeState; lang: Lang; now: Date }) {
  const d = programmesDictionary[lang];
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
      <p className="text-[var(--muted-fg)]">{d[programme.id].description}</p>
      <ProgrammeFacts programme={programme} lang={lang} now={now} only="state" />
      {programme.open && (
        <a
          href={localPath(lang, `/chat/${programme.id}`)}
          className="inline-flex min-h-11 w-fit items-center rounded-lg bg-[var(--accent)] px-5 font-semibold text-[var(--accent-fg)]"
        >
          {d.chatLink(programme.name)}
        </a>
      )}
      <ProgrammeFacts programme={programme} lang={lang} now={now} only="contact" />
    </section>
  );
}
