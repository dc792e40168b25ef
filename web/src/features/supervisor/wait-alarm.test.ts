import type { SupervisorOverview } from '@helpline/shared/http';
import { describe, expect, it } from 'vitest';
import { URGENT_GRACE_SECONDS, wallAlarmsOf } from './wait-alarm';

type ProgrammeLive = SupervisorOverview['programmes'][number];
const programme = (live: Partial<ProgrammeLive>): ProgrammeLive => ({
  id: 'helpwanted',
  open: true,
  waiting: 0,
  longestWaitSeconds: 0,
  activeChats: 0,
  countersToday: {},
  counsellorsAvailable: 2,
  alarmAfterMinutes: 5,
  mailboxUnanswered: 0,
  mailboxOldestSeconds: 0,
  mailboxOverdue: 0,
  urgentWaiting: 0,
  ...live,
});
const reasons = (live: Partial<ProgrammeLive>, longestSeconds = 0, longestUrgentSeconds = 0) =>
  wallAlarmsOf(programme(live), { longestSeconds, longestUrgentSeconds }).map((a) => [a.reason, a.count]);

describe('the wall alarms', () => {
  it('stay quiet with nobody waiting and every mailbox thread within the promise', () => {
    expect(reasons({ mailboxUnanswered: 4, mailboxOldestSeconds: 200_000 })).toEqual([]);
  });

  it('sound at once for an urgent chat nobody is available for, in its place of the plain wait alarm', () => {
    expect(reasons({ waiting: 2, urgentWaiting: 1, counsellorsAvailable: 0 }, 5, 5)).toEqual([
      ['urgent-nobody-available', 1],
    ]);
  });

  it('give an urgent chat a short grace while counsellors are available, then alarm that everyone is busy', () => {
    const busy = { waiting: 1, urgentWaiting: 1, counsellorsAvailable: 1 };
    expect(reasons(busy, URGENT_GRACE_SECONDS - 1, URGENT_GRACE_SECONDS - 1)).toEqual([]);
    expect(reasons(busy, URGENT_GRACE_SECONDS, URGENT_GRACE_SECONDS)).toEqual([['urgent-waiting', 1]]);
  });

  it('keep the wait alarm beside an urgent one when someone also waited past the threshold', () => {
    expect(reasons({ waiting: 3, urgentWaiting: 1, counsellorsAvailable: 1 }, 400, 90)).toEqual([
      ['urgent-waiting', 1],
      ['waiting-too-long', 0],
    ]);
  });

  it('count the mailbox threads past the reply promise, beside any chat alarm', () => {
    expect(reasons({ mailboxUnanswered: 3, mailboxOverdue: 2 })).toEqual([['mailbox-overdue', 2]]);
    expect(reasons({ waiting: 1, counsellorsAvailable: 0, mailboxOverdue: 1 }, 10)).toEqual([
      ['nobody-available', 0],
      ['mailbox-overdue', 1],
    ]);
  });
});
