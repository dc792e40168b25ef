import { createHash, randomBytes, randomInt } from 'node:crypto';
import { conversations, type Database, visitors } from '@helpline/db';
import { and, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Clock } from '../../clock';
import type { DomainEventBus } from '../conversations/domain-events';

const hash = (value: string) => createHash('sha256').update(value).digest('hex');
/** Without look-alikes (0/O, 1/I/L), so a code read off a screen is typed back right. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

type Deps = { db: Database; clock: Clock; events: DomainEventBus; forgetAfterMinutes: number };

/**
 * Anonymous visitors: a 256-bit token and an optional return code, of which only hashes are stored. A visitor row is
 * made only at the first thing that changes state (a join, a return code), so a connection that does nothing leaves
 * nothing behind. A token is forgotten on `session:end` and a set time after the visitor's last conversation ended
 * (or after they were last seen, without one); the row stays for the statistics, without a usable token.
 */
export const createVisitorService = ({ db, clock, events, forgetAfterMinutes }: Deps) => {
  /** Nothing open, and the last conversation ended (or, without one, the visitor was last seen) before the cutoff. */
  const expired = (cutoff: Date): SQL => sql`not exists (select 1 from ${conversations} c
      where c.visitor_id = ${visitors.id} and c.status in ('queued', 'active'))
    and coalesce((select max(c.ended_at) from ${conversations} c where c.visitor_id = ${visitors.id}),
      ${visitors.lastSeenAt}) < ${cutoff.toISOString()}::timestamptz`;

  const forgetWhere = async (where: SQL | undefined) => {
    const forgotten = await db
      .update(visitors)
      .set({ tokenHash: null, forgottenAt: clock.now() })
      .where(and(isNotNull(visitors.tokenHash), where))
      .returning({ id: visitors.id });
    const ids = forgotten.map((v) => v.id);
    if (ids.length > 0) events.emit('forgotten', ids);
    return ids;
  };
  const cutoff = () => new Date(clock.now().getTime() - forgetAfterMinutes * 60_000);

  return {
    /** The visitor of a live token, or a fresh token for a visitor that `create` makes when it first acts. */
    identify: async (token: unknown): Promise<{ visitorId: string } | { newToken: string }> => {
      if (typeof token === 'string' && token.length >= 40 && token.length <= 100) {
        const tokenHash = hash(token);
        await forgetWhere(and(eq(visitors.tokenHash, tokenHash), expired(cutoff())));
        const [found] = await db
          .update(visitors)
          .set({ lastSeenAt: clock.now() })
          .where(eq(visitors.tokenHash, tokenHash))
          .returning({ id: visitors.id });
        if (found) return { visitorId: found.id };
      }
      return { newToken: randomBytes(32).toString('base64url') };
    },

    /** The row of a visitor whose token was handed out by `identify`. */
    create: async (token: string) => {
      const [created] = await db
        .insert(visitors)
        .values({ tokenHash: hash(token), createdAt: clock.now(), lastSeenAt: clock.now() })
        .returning({ id: visitors.id });
      if (!created) throw new Error('insert returned nothing');
      return created.id;
    },

    /**
     * Visitors with an open socket on this process (a heartbeat), or whose last socket here just closed; only those
     * with a chat waiting or going on, which is what the stamp is for (the queue's sweep of visitors who left, and when
     * a counsellor's visitor went): the expiry of a token without one keeps counting from its handshake.
     */
    seen: async (visitorIds: string[]) => {
      const now = clock.now();
      if (visitorIds.length > 0)
        await db
          .update(visitors)
          .set({ lastSeenAt: now })
          .where(
            and(
              inArray(visitors.id, visitorIds),
              sql`exists (select 1 from ${conversations} c
                where c.visitor_id = ${visitors.id} and c.status in ('queued', 'active'))`,
            ),
          );
      return now;
    },
    /** When a process last saw a connection of this visitor (a heartbeat, or the moment it closed). */
    lastSeenOf: async (visitorId: string) =>
      (await db.select({ at: visitors.lastSeenAt }).from(visitors).where(eq(visitors.id, visitorId)))[0]?.at ?? null,

    /** Forgets this visitor's token at once (quick exit, "forget me"). */
    forget: (visitorId: string) => forgetWhere(eq(visitors.id, visitorId)),

    /** Forgets every token past its time; run by the periodic job. */
    forgetExpired: () => forgetWhere(expired(cutoff())),

    /** A fresh code each time (the previous one stops working); shown once, only its hash kept. */
    createReturnCode: async (visitorId: string) => {
      const groups = Array.from({ length: 3 }, () =>
        Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(''),
      );
      const code = groups.join('-');
      await db
        .update(visitors)
        .set({ returnCodeHash: hash(code) })
        .where(eq(visitors.id, visitorId));
      return code;
    },

    /** The earliest visitor a return code leads to (following earlier links), or null. */
    linkByReturnCode: async (visitorId: string, code: string) => {
      const [owner] = await db
        .select()
        .from(visitors)
        .where(eq(visitors.returnCodeHash, hash(code.toUpperCase())));
      if (!owner || owner.id === visitorId) return null;
      const root = owner.linkedVisitorId ?? owner.id;
      await db.update(visitors).set({ linkedVisitorId: root }).where(eq(visitors.id, visitorId));
      return root;
    },
  };
};

export type VisitorService = ReturnType<typeof createVisitorService>;
