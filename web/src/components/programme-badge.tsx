import { type ProgrammeId, programmes } from '@helpline/shared/domain';

const SHORT: Record<ProgrammeId, string> = { helpwanted: 'HW', stopitnow: 'SiN' };

/** The programme in the staff pages: a small coloured tag with its name (short when `short`). */
export function ProgrammeBadge({ programme, short = false }: { programme: ProgrammeId; short?: boolean }) {
  return (
    <span
      data-programme={programme}
      title={short ? programmes[programme].name : undefined}
      className="inline-flex shrink-0 items-center rounded bg-[var(--accent)] px-1.5 py-px text-[11px] font-semibold leading-4 text-[var(--accent-fg)]"
    >
      {short ? SHORT[programme] : programmes[programme].name}
    </span>
  );
}
