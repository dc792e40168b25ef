import { type Database, missedContacts } from '@helpline/db';
import type { MissedReport } from '@helpline/shared';
import { and, desc, eq, gte, lt } from 'drizzle-orm';
import type { ChatFiguresRepo } from './chat-figures.repo';
import type { MailboxFiguresRepo } from './mailbox-figures.repo';
import { byKindOf, rateOf, type Scope } from './scope';
import { serviceLevelOf } from './summary.service';

export const MISSED_ITEMS_LIMIT = 500;
const SUGGESTED_HOURS = 3;

const latestMissed = (db: Database, scope: Scope) =>
  db
    .select()
    .from(missedContacts)
    .where(
      and(
        gte(missedContacts.occurredAt, scope.from),
        lt(missedContacts.occurredAt, scope.to),
        scope.programme ? eq(missedContacts.programmeId, scope.programme) : undefined,
      ),
    )
    .orderBy(desc(missedContacts.occurredAt), desc(missedContacts.id))
    .limit(MISSED_ITEMS_LIMIT);

/** Missed contacts by kind, hour and weekday, with the service level and a suggestion of hours to open longer. */
type Deps = { db: Database; chats: ChatFiguresRepo; mailbox: Pick<MailboxFiguresRepo, 'writtenWhileClosed'> };

export const createMissedService = ({ db, chats, mailbox }: Deps) => ({
  report: async (scope: Scope): Promise<MissedReport> => {
    const [cells, rows, waits, level, mailboxInstead] = await Promise.all([
      chats.missedCells(scope),
      latestMissed(db, scope),
      chats.waits(scope),
      chats.serviceLevel(scope),
      mailbox.writtenWhileClosed(scope),
    ]);
    const byKind = byKindOf(cells);
    const byHour = Array<number>(24).fill(0);
    const byWeekday = Array<number>(7).fill(0);
    const byWeekdayHour = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
    const outsideByHour = Array<number>(24).fill(0);
    for (const { kind, weekday, hour, n } of cells) {
      byHour[hour] = (byHour[hour] ?? 0) + n;
      byWeekday[weekday - 1] = (byWeekday[weekday - 1] ?? 0) + n;
      const row = byWeekdayHour[weekday - 1];
      if (row) row[hour] = (row[hour] ?? 0) + n;
      if (kind === 'outside-hours') outsideByHour[hour] = (outsideByHour[hour] ?? 0) + n;
    }
    const hours = outsideByHour
      .map((outsideHours, hour) => ({ hour, outsideHours }))
      .filter((h) => h.outsideHours > 0)
      .sort((a, b) => b.outsideHours - a.outsideHours || a.hour - b.hour)
      .slice(0, SUGGESTED_HOURS);
    const caught = hours.reduce((sum, h) => sum + h.outsideHours, 0);
    return {
      programme: scope.programme,
      from: scope.from.toISOString(),
      to: scope.to.toISOString(),
      total: byKind['outside-hours'] + byKind.abandoned + byKind['timed-out'],
      mailboxInstead,
      byKind,
      byHour,
      byWeekday,
      byWeekdayHour,
      items: rows.map((r) => ({
        id: r.id,
        programme: r.programmeId,
        kind: r.kind,
        at: r.occurredAt.toISOString(),
        waitedSeconds: r.waitedSeconds,
      })),
      itemsLimit: MISSED_ITEMS_LIMIT,
      serviceLevel: serviceLevelOf(level),
      waits,
      openLonger: { hours, caught, caughtRate: rateOf(caught, byKind['outside-hours']) },
    };
  },
});

export type MissedService = ReturnType<typeof createMissedService>;
