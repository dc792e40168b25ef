import type { ProgrammeState } from '@helpline/shared/http';
import { ExternalLink } from 'lucide-react';
import type { Dictionary } from '../i18n';
import { formatClock, formatWhen } from '../lib/format-time';

const statusText = (p: ProgrammeState, now: Date, t: Dictionary) => {
  if (p.open) return p.closesAt ? t.state.openUntil(formatClock(new Date(p.closesAt), t)) : t.state.openUntil('…');
  return p.opensAt ? t.state.closedUntil(formatWhen(new Date(p.opensAt), now, t)) : t.state.closed;
};

/** One helpline with its live state; its colours come from the programme's CSS variables. */
export function ProgrammeCard({
  programme,
  description,
  now,
  t,
}: {
  programme: ProgrammeState;
  description: string;
  now: Date;
  t: Dictionary;
}) {
  const headingId = `programme-${programme.id}`;
  return (
    <section
      aria-labelledby={headingId}
      data-programme={programme.id}
      data-open={String(programme.open)}
      className="rounded-2xl border-l-8 border-[var(--accent)] bg-white p-5 shadow-sm"
    >
      <h2 id={headingId} className="text-2xl font-bold text-[var(--accent)]">
        {programme.name}
      </h2>
      <p className="mt-2 text-[var(--muted-fg)]">{description}</p>
      <p className="mt-4 flex items-center gap-2 font-semibold" data-testid="programme-status">
        <span
          aria-hidden="true"
          className={`inline-block size-3 rounded-full ${programme.open ? 'bg-green-700' : 'bg-neutral-500'}`}
        />
        {statusText(programme, now, t)}
      </p>
      {programme.open && (
        <p className="mt-1 text-sm text-[var(--muted-fg)]">
          {t.state.waiting(programme.waiting)} · {t.state.wait(Math.ceil(programme.estimatedWaitSeconds / 60))}
        </p>
      )}
      <a
        href={programme.selfHelpUrl}
        rel="noopener noreferrer"
        className="mt-4 inline-flex min-h-11 items-center gap-2 rounded-lg bg-[var(--accent-soft)] px-4 font-medium text-[var(--accent)] underline-offset-4 hover:underline"
      >
        {t.landing.selfHelp}: {programme.name}
        <ExternalLink aria-hidden="true" size={16} />
      </a>
    </section>
  );
}
