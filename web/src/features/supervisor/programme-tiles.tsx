import type { SupervisorOverview } from '@helpline/shared/http';
import { BellRing } from 'lucide-react';
import { StatTile } from '~/components/charts/stat-tile';
import type { Text } from '~/i18n/text';
import { durationOf } from './format';
import { TodayHours, type TodayState } from './today-hours';
import type { AlarmReason, WallAlarm } from './wait-alarm';

type ProgrammeLive = SupervisorOverview['programmes'][number];

/**
 * The wall of numbers of one programme: open or closed (and until when, with the quick changes of today), waiting (and
 * how many of them urgent), longest wait, counsellors available, active, answered and missed today, and the mailbox:
 * threads waiting for an answer, the oldest one's age, how many passed the reply promise. In alarm, red with a bell and
 * the word.
 */
export function ProgrammeTiles({
  programme,
  longestWaitSeconds,
  alarm,
  alarms,
  t,
  onTodayChanged,
}: {
  programme: ProgrammeLive;
  longestWaitSeconds: number;
  /** The chat wait's alarm, and every alarm of the programme (urgent chats, the mailbox) for the frame and badge. */
  alarm: AlarmReason | null;
  alarms: WallAlarm[];
  t: Text<'supervisor'>;
  onTodayChanged: (state: TodayState) => void;
}) {
  const c = programme.countersToday;
  const n = (key: string) => c[key] ?? 0;
  const missed = c.missed ?? n('outside-hours') + n('abandoned') + n('timed-out');
  const urgent = programme.urgentWaiting ?? 0;
  const urgentAlarm = alarms.some((a) => a.reason.startsWith('urgent'));
  const unanswered = programme.mailboxUnanswered ?? 0;
  const overdue = programme.mailboxOverdue ?? 0;
  const inAlarm = alarms.length > 0;
  return (
    <section
      aria-labelledby={`live-${programme.id}`}
      className={`rounded-xl bg-white p-3 ${inAlarm ? 'border-4 border-red-700' : 'border border-neutral-300'}`}
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
        {inAlarm && (
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
        <StatTile
          label={t('live.urgentWaiting')}
          value={urgent}
          tone={urgentAlarm ? 'alarm' : urgent > 0 ? 'warn' : 'plain'}
          detail={urgent > 0 ? t('live.urgentFirst') : undefined}
          testId="tile-urgent"
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
      <h3 className="mt-3 font-bold">{t('live.mailboxHeading')}</h3>
      <dl className="mt-1 grid grid-cols-2 gap-2 sm:grid-cols-3" data-testid="mailbox-tiles">
        <StatTile
          label={t('live.mailboxUnanswered')}
          value={unanswered}
          tone={overdue > 0 ? 'alarm' : unanswered > 0 ? 'warn' : 'plain'}
          testId="tile-mailbox-unanswered"
        />
        <StatTile
          label={t('live.mailboxOldest')}
          value={unanswered > 0 ? durationOf(programme.mailboxOldestSeconds ?? 0, t) : '–'}
          tone={overdue > 0 ? 'alarm' : 'plain'}
          testId="tile-mailbox-oldest"
        />
        <StatTile
          label={t('live.mailboxOverdue')}
          value={overdue}
          tone={overdue > 0 ? 'alarm' : 'plain'}
          detail={overdue > 0 ? t('live.mailboxOverdueDetail') : t('live.mailboxOnTime')}
          testId="tile-mailbox-overdue"
        />
      </dl>
    </section>
  );
}
