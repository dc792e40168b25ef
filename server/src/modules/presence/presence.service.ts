import { EventEmitter } from 'node:events';
import { type Database, staff } from '@helpline/db';
import type { CounsellorStatus } from '@helpline/shared';
import { eq, inArray } from 'drizzle-orm';
import type { Clock } from '../../clock';
import type { DomainEventBus } from '../conversations/domain-events';

/** Presence lives in the database, so every process routes with the same picture. */
export const createPresenceService = ({
  db,
  clock,
  events,
}: {
  db: Database;
  clock: Clock;
  events: DomainEventBus;
}) => {
  /** Tells this process's supervisor overview that someone's presence changed. */
  const changed = new EventEmitter<{ changed: [staffId: string] }>();
  return {
    changed,
    /** A member available (again) has room: routing has a round at each of their programmes. */
    set: async (staffId: string, status: CounsellorStatus) => {
      const [member] = await db
        .update(staff)
        .set({ presence: status, lastSeenAt: clock.now() })
        .where(inArray(staff.id, [staffId]))
        .returning({ programmes: staff.programmes });
      changed.emit('changed', staffId);
      if (status === 'available') for (const programme of member?.programmes ?? []) events.emit('queue', programme);
    },
    /** The counsellor's own presence and capacity, for their workspace. */
    stateOf: async (staffId: string) => {
      const [row] = await db
        .select({ status: staff.presence, capacity: staff.capacity })
        .from(staff)
        .where(eq(staff.id, staffId));
      return row ?? null;
    },
    /** Heartbeat for staff with an open socket on this process; the grace period counts from the last one. */
    seen: async (staffIds: string[]) => {
      if (staffIds.length > 0)
        await db.update(staff).set({ lastSeenAt: clock.now() }).where(inArray(staff.id, staffIds));
    },
  };
};

export type PresenceService = ReturnType<typeof createPresenceService>;
