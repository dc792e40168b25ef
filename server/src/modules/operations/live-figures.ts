import { CounsellorStatus, type ProgrammeId, programmeIds } from '@helpline/shared';
import type { Clock } from '../../clock';
import type { MailboxWaitingRepo } from '../mailbox/mailbox-waiting';
import type { OverviewRepo } from '../overview/overview.repo';
import { presenceNow } from '../overview/overview.service';

type Deps = { overview: Pick<OverviewRepo, 'queues' | 'counsellors'>; mailbox: MailboxWaitingRepo; clock: Clock };

export type ProgrammeFigures = {
  programme: ProgrammeId;
  waiting: number;
  longestWaitSeconds: number;
  active: number;
  mailboxUnanswered: number;
  mailboxOldestSeconds: number;
};

const secondsSince = (now: Date, at: number | null) => (at === null ? 0 : Math.max(0, (now.getTime() - at) / 1000));

/**
 * The platform's state now, as counts only (no id, no alias, no text): per programme its queue, active chats and
 * unanswered mailbox threads; staff by presence. The same in every process: it is read from the database.
 */
export const createLiveFigures = ({ overview, mailbox, clock }: Deps) => ({
  read: async () => {
    const now = clock.now();
    const [queues, staff, letters] = await Promise.all([
      overview.queues(),
      overview.counsellors(),
      mailbox.of(programmeIds, now),
    ]);
    const programmes = programmeIds.map((programme): ProgrammeFigures => {
      const queue = queues.find((q) => q.programme === programme);
      const waiting = letters.get(programme);
      return {
        programme,
        waiting: queue?.waiting ?? 0,
        longestWaitSeconds: secondsSince(now, queue?.earliest ?? null),
        active: queue?.active ?? 0,
        mailboxUnanswered: waiting?.unanswered ?? 0,
        mailboxOldestSeconds: secondsSince(now, waiting?.oldestAt?.getTime() ?? null),
      };
    });
    const byPresence = Object.fromEntries(CounsellorStatus.options.map((p) => [p, 0])) as Record<
      CounsellorStatus,
      number
    >;
    for (const member of staff) byPresence[presenceNow(member, now)] += 1;
    return { programmes, staffByPresence: byPresence };
  },
});

export type LiveFigures = ReturnType<typeof createLiveFigures>;
