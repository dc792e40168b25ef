import { type CounsellorStatus, parsePeriod, programmeIds, type SupervisorOverview } from '@helpline/shared';
import type { Clock } from '../../clock';
import { GRACE_MS } from '../conversations/conversation.service';
import type { MailboxWaiting, MailboxWaitingRepo } from '../mailbox/mailbox-waiting';
import type { ProgrammeService } from '../programmes/programme.service';
import type { ChatFiguresRepo } from '../reports/chat-figures.repo';
import { byKindOf, REPORT_ZONE } from '../reports/scope';
import type { OverviewRepo } from './overview.repo';

type Deps = {
  repo: OverviewRepo;
  chats: ChatFiguresRepo;
  programmes: Pick<ProgrammeService, 'stateOf' | 'hoursOf'>;
  clock: Clock;
  mailboxWaiting?: Pick<MailboxWaitingRepo, 'of'>;
};

const mailboxFigures = (waiting: MailboxWaiting | undefined, now: Date) =>
  waiting
    ? {
        mailboxUnanswered: waiting.unanswered,
        mailboxOldestSeconds: waiting.oldestAt
          ? Math.max(0, Math.floor((now.getTime() - waiting.oldestAt.getTime()) / 1000))
          : 0,
        mailboxOverdue: waiting.overdue,
      }
    : {};

/**
 * A staff member's presence now: what they set, or offline once their workspace stopped sending heartbeats (routing
 * asks the same).
 */
export const presenceNow = (c: { presence: CounsellorStatus; seen: number | null }, now: Date): CounsellorStatus =>
  c.seen !== null && now.getTime() - c.seen <= GRACE_MS ? c.presence : 'offline';

/** What a shift supervisor sees at a glance: every queue now, today's counters, every counsellor. */
export const createOverviewService = ({ repo, chats, programmes, clock, mailboxWaiting }: Deps) => ({
  overview: async (): Promise<SupervisorOverview> => {
    const now = clock.now();
    const today = parsePeriod({}, now, REPORT_ZONE);
    const [queues, counsellors, perProgramme, letters] = await Promise.all([
      repo.queues(),
      repo.counsellors(),
      Promise.all(
        programmeIds.map(async (id) => {
          const scope = { programme: id, ...today };
          const [state, hours, queue, cells] = await Promise.all([
            programmes.stateOf(id, now),
            programmes.hoursOf(id),
            chats.chats(scope),
            chats.missedCells(scope),
          ]);
          return { id, state, alarmAfterMinutes: hours.alarmAfterMinutes ?? 5, queue, cells };
        }),
      ),
      mailboxWaiting?.of(programmeIds, now),
    ]);
    // Who could take a chat now: set to available, heartbeat fresh, serving the programme (as routing asks).
    const available = counsellors.filter((c) => presenceNow(c, now) === 'available');
    return {
      programmes: perProgramme.map(({ id, state, alarmAfterMinutes, queue, cells }) => {
        const live = queues.find((q) => q.programme === id);
        const missed = byKindOf(cells);
        const missedTotal = missed['outside-hours'] + missed.abandoned + missed['timed-out'];
        return {
          id,
          open: state.open,
          waiting: live?.waiting ?? 0,
          urgentWaiting: live?.urgent ?? 0,
          longestWaitSeconds:
            live?.earliest != null ? Math.max(0, Math.floor((now.getTime() - live.earliest) / 1000)) : 0,
          activeChats: live?.active ?? 0,
          counsellorsAvailable: available.filter((c) => c.programmes.includes(id)).length,
          alarmAfterMinutes,
          opensAt: state.opensAt,
          closesAt: state.closesAt,
          ...mailboxFigures(letters?.get(id), now),
          countersToday: {
            requested: queue.queued + missed['outside-hours'],
            answered: queue.answered,
            missed: missedTotal,
            ...missed,
          },
        };
      }),
      // A workspace that stopped sending heartbeats is offline, whatever it last said.
      counsellors: counsellors.map((c) => ({
        id: c.id,
        alias: c.alias,
        status: presenceNow(c, now),
        activeChats: c.active,
        capacity: c.capacity,
        role: c.role,
      })),
    };
  },
});

export type OverviewService = ReturnType<typeof createOverviewService>;
