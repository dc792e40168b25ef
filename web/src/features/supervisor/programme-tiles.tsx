import type { SupervisorOverview } from '@helpline/shared/http';
import { BellRing } from 'lucide-react';
import { StatTile } from '~/components/charts/stat-tile';
import type { Text } from '~/i18n/text';
import { durationOf } from './format';
import { TodayHours, type TodayState } from './today-hours';
import type { AlarmReason } from './wait-alarm';

type ProgrammeLive = SupervisorOverview['programmes'][number];

/**
 * The wall of numbers of one programme: open or closed (and until when, with the quick changes of today), waiting,
 * longest wait, counsellors available, active, answered and missed today; in alarm, red with a bell and the word.
 */
export function ProgrammeTiles({
  programme,
  longestWaitSeconds,
  alarm,
  t,
  onTodayChanged,
}: {
  programme: ProgrammeLive;
  longestWaitSeconds: number;
  alarm: AlarmReason | null;
  t: Text<'supervisor'>;
  onTodayChanged: (state: TodayState) => void;
}) {
  const c = programme.countersToday;
  const n = (key: string) => c[key] ?? 0;
  const missed = c.missed ?? n('outside-hours') + n('abandoned') + n('timed-out');
  return (
    <section
      aria-labelledby={`live-${programme.id}`}
      className={`rounded-xl bg-white p-3 ${alarm ? 'border-4 border-red-700' : 'border border-neutral-300'}`}
      data-testid={`live-${programme.id}`}
      data-open={programme.open}
      data-alarm={alarm ?? 'none'}
    >
      <h2 id={`live-${programme.id}`} className="flex items-center gap-2 text-lg font-bold">
        {t(`programmes.${programme.id}`)}
        <span
          className={`rounded-full px-2 text-sm font-semibold ${programme.open ? 'bg-emerald-100 text-emerald-900' : 'bg-neutral-200 text-neutral-800'}`}
        >
          {programme.open ? t('live.open') : t('live.closed')}
        </span>
        {alarm && (
          <span className="inline-flex items-center gap-1 rounded-full bg-red-700 px-2 text-sm font-bold text-white uppercase">
            <BellRing aria-hidden="true" className="h-4 w-4" />
            {t('alarm.badge')}
          </span>
        )}
      </h2>
      <TodayHours programme={programme} t={t} onChanged={onTodayChanged} />
      <dl className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3">
        <StatTile
          label={t('live.waiting')}
          value={programme.waiting}
          tone={alarm ? 'alarm' : programme.waiting > 0 ? 'warn' : 'plain'}
          testId="tile-waiting"
        />
        <StatTile
          label={t('live.longestWait')}
          value={durationOf(longestWaitSeconds, t)}
          tone={alarm === 'waiting-too-long' ? 'alarm' : 'plain'}
          testId="tile-longest-wait"
        />
        <StatTile
          label={t('live.available')}
          value={programme.counsellorsAvailable ?? '–'}
          tone={alarm === 'nobody-available' ? 'alarm' : 'plain'}
          testId="tile-available"
        />
        <StatTile label={t('live.activeChats')} value={programme.activeChats} testId="tile-active" />
        <StatTile label={t('live.answeredToday')} value={n('answered')} tone="good" testId="tile-answered" />
        <StatTile
          label={t('live.missedToday')}
          value={missed}
          tone={missed > 0 ? 'warn' : 'plain'}
          testId="tile-missed"
        />
      </dl>
      <p className="mt-2 text-sm text-neutral-800" data-testid="missed-split">
        {t('live.missedToday')}:{' '}
        {t('live.missedSplit', { outside: n('outside-hours'), abandoned: n('abandoned'), timedOut: n('timed-out') })}
      </p>
    </section>
  );
}
