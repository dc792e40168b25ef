import type { SupervisorOverview } from '@helpline/shared/http';
import { StatTile } from '../../components/charts/stat-tile';
import type { SupervisorText } from './supervisor.i18n';

type ProgrammeLive = SupervisorOverview['programmes'][number];

/** The wall of numbers of one programme: open or closed, waiting, longest wait, active, answered and missed today. */
export function ProgrammeTiles({
  programme,
  longestWaitSeconds,
  t,
}: {
  programme: ProgrammeLive;
  longestWaitSeconds: number;
  t: SupervisorText;
}) {
  const c = programme.countersToday;
  const n = (key: string) => c[key] ?? 0;
  const missed = c.missed ?? n('outside-hours') + n('abandoned') + n('timed-out');
  return (
    <section
      aria-labelledby={`live-${programme.id}`}
      className="rounded-xl border border-neutral-300 bg-white p-3"
      data-testid={`live-${programme.id}`}
      data-open={programme.open}
    >
      <h2 id={`live-${programme.id}`} className="flex items-center gap-2 text-lg font-bold">
        {t.programmes[programme.id]}
        <span
          className={`rounded-full px-2 text-sm font-semibold ${programme.open ? 'bg-emerald-100 text-emerald-900' : 'bg-neutral-200 text-neutral-800'}`}
        >
          {programme.open ? t.live.open : t.live.closed}
        </span>
      </h2>
      <dl className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3 xl:grid-cols-5">
        <StatTile
          label={t.live.waiting}
          value={programme.waiting}
          tone={programme.waiting > 0 ? 'warn' : 'plain'}
          testId="tile-waiting"
        />
        <StatTile label={t.live.longestWait} value={t.duration(longestWaitSeconds)} testId="tile-longest-wait" />
        <StatTile label={t.live.activeChats} value={programme.activeChats} testId="tile-active" />
        <StatTile label={t.live.answeredToday} value={n('answered')} tone="good" testId="tile-answered" />
        <StatTile label={t.live.missedToday} value={missed} tone={missed > 0 ? 'warn' : 'plain'} testId="tile-missed" />
      </dl>
      <p className="mt-2 text-sm text-neutral-800" data-testid="missed-split">
        {t.live.missedToday}: {t.live.missedSplit(n('outside-hours'), n('abandoned'), n('timed-out'))}
      </p>
    </section>
  );
}
