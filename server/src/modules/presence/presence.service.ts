import { EventEmitter } from 'node:events';
import { type Database, staff } from '@helpline/db';
import type { CounsellorStatus } from '@helpline/shared';
import { inArray } from 'drizzle-orm';
import type { Clock } from '../../clock';

/** Presence lives in the database, so every process routes with the same picture. */
export const createPresenceService = ({ db, clock }: { db: Database; clock: Clock }) => {
  /** Tells this process's supervisor overview that someone's presence changed. */
  const changed = new EventEmitter<{ changed: [staffId: string] }>();
  return {
    changed,
    set: async (staffId: string, status: CounsellorStatus) => {
      await db
        .update(staff)
        .set({ presence: status, lastSeenAt: clock.now() })
        .where(inArray(staff.id, [staffId]));
      changed.emit('changed', staffId);
    },
    /** Heartbeat for staff with an open socket on this process; the grace period counts from the last one. */
    seen: async (staffIds: string[]) => {
      if (staffIds.length > 0)
        await db.update(staff).set({ lastSeenAt: clock.now() }).where(inArray(staff.id, staffIds));
    },
  };
};

export type PresenceService = ReturnType<typeof createPresenceService>;
