'use client';

import { isUrgent, type ProgrammeId, programmeIds } from '@helpline/shared';
import { type Locale, useTranslations } from 'next-intl';
import { ActiveChats } from './active-chats';
import { AlarmBanner } from './alarm-banner';
import { CounsellorTable } from './counsellor-table';
import { ProgrammeTiles } from './programme-tiles';
import { QueueTable } from './queue-table';
import { useLiveOverview, useNow } from './use-live-overview';
import { alarmOf, wallAlarmsOf } from './wait-alarm';

/** The live wall: numbers per programme on top, then the queue, the staff and the chats to monitor. */
export function LiveOverview({ lang }: { lang: Locale }) {
  const t = useTranslations('supervisor');
  const { overview, error, queues, connected, patchProgramme } = useLiveOverview();
  const now = useNow();
  const waiting = programmeIds.flatMap((programme) => (queues[programme] ?? []).map((w) => ({ ...w, programme })));
  // The ticking queue is fresher than the last push for the longest wait.
  const longestWait = (programme: ProgrammeId, pushed: number, urgentOnly = false) => {
    const list = queues[programme]?.filter((w) => !urgentOnly || isUrgent(w.urgency));
    const first = list?.map((w) => Date.parse(w.queuedAt)).sort((a, b) => a - b)[0];
    return first === undefined ? (list ? 0 : pushed) : Math.max(0, (now - first) / 1000);
  };
  const version = overview?.programmes.map((p) => `${p.id}:${p.activeChats}`).join(',') ?? '';
  const live = (overview?.programmes ?? []).map((p) => {
    const waited = longestWait(p.id, p.longestWaitSeconds);
    const alarms = wallAlarmsOf(p, { longestSeconds: waited, longestUrgentSeconds: longestWait(p.id, 0, true) });
    return { p, waited, alarm: alarmOf(p, waited), alarms };
  });
  const alarms = live.flatMap((l) => l.alarms);
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-bold">{t('live.heading')}</h1>
        <p role="status" data-testid="live-connection" data-connected={connected} className="text-sm text-neutral-700">
          <span
            aria-hidden="true"
            className={`mr-1 inline-block h-2.5 w-2.5 rounded-full ${connected ? 'bg-emerald-600' : 'bg-amber-500'}`}
          />
          {connected ? t('live.connected') : t('live.disconnected')}
        </p>
      </div>
      <AlarmBanner alarms={alarms} t={t} />
      {error && !overview && <p role="alert">{t('live.loadFailed')}</p>}
      {overview && (
        <div className="grid gap-3 lg:grid-cols-2">
          {live.map(({ p, waited, alarm, alarms }) => (
            <ProgrammeTiles
              key={p.id}
              programme={p}
              longestWaitSeconds={waited}
              alarm={alarm}
              alarms={alarms}
              t={t}
              onTodayChanged={(state) => patchProgramme(p.id, state)}
            />
          ))}
        </div>
      )}
      <div className="grid gap-3 lg:grid-cols-2">
        <QueueTable rows={waiting} now={now} lang={lang} t={t} />
        <CounsellorTable rows={overview?.counsellors ?? []} t={t} />
      </div>
      <ActiveChats lang={lang} t={t} version={version} />
    </div>
  );
}
