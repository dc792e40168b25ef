import { createHash, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createBatcher, succeeded } from '../../batching/batcher';
import type { Clock } from '../../clock';
import type { StaffPrincipal } from '../access/authorize';
import { type StaffRow, toPrincipal } from '../access/staff-views';
import type { SessionRepo } from './session.repo';

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** Writing last_used_at on every request would cost a write per call; a minute is precise enough for 30 minutes. */
const TOUCH_EVERY_MS = 60 * 1000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** How long a login, or entering the password or a code again, counts as a confirmation of sensitive changes. */
export const CONFIRMATION_MS = 5 * 60 * 1000;

/**
 * `passwordChangeRequired`: someone else set the password, so only choosing one's own is allowed; `isConfirmed`: the
 * password or a code was entered in this session within `CONFIRMATION_MS`.
 */
export type LiveSession = {
  sessionId: string;
  isComplete: boolean;
  passwordChangeRequired: boolean;
  isConfirmed: boolean;
  staff: StaffPrincipal;
};
/** Emitted when sessions end, so open sockets of those sessions are disconnected at once. */
export type SessionsEnded = { sessionId: string } | { staffId: string };

type Deps = { repo: SessionRepo; clock: Clock };

export const createSessionService = ({ repo, clock }: Deps) => {
  const ended = new EventEmitter<{ ended: [SessionsEnded] }>();
  const isValid = (session: { lastUsedAt: Date; expiresAt: Date }, staffRow: StaffRow, now: number) =>
    staffRow.disabledAt === null &&
    now < session.expiresAt.getTime() &&
    now - session.lastUsedAt.getTime() < IDLE_TIMEOUT_MS;
  const readPrincipal = createBatcher(async (sessionIds: string[]) => {
    const rows = await repo.findManyLive([...new Set(sessionIds)]);
    const now = clock.now().getTime();
    const byId = new Map(rows.map((row) => [row.session.id, row]));
    return sessionIds.map((id) => {
      const found = byId.get(id);
      const ok = found && found.session.isComplete && isValid(found.session, found.staff, now);
      return succeeded(ok ? toPrincipal(found.staff) : null);
    });
  });

  return {
    ended,
    /** 256 random bits; only the hash is stored. */
    create: async (staffId: string, isComplete: boolean) => {
      const token = randomBytes(32).toString('base64url');
      const now = clock.now();
      const session = await repo.insert({
        tokenHash: hashToken(token),
        staffId,
        createdAt: now,
        lastUsedAt: now,
        expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
        isComplete,
        confirmedAt: now,
      });
      return { token, sessionId: session.id };
    },

    /** The session of a cookie token if still valid (not revoked, idle < 30 min, age < 12 h, account enabled). */
    validate: async (
      token: string | undefined,
      opts: { touch: boolean } = { touch: true },
    ): Promise<LiveSession | null> => {
      if (!token) return null;
      const found = await repo.findLive(hashToken(token));
      const now = clock.now().getTime();
      if (!found || !isValid(found.session, found.staff, now)) return null;
      if (opts.touch && now - found.session.lastUsedAt.getTime() > TOUCH_EVERY_MS)
        await repo.touch(found.session.id, clock.now());
      const { confirmedAt } = found.session;
      return {
        sessionId: found.session.id,
        isComplete: found.session.isComplete,
        passwordChangeRequired: found.staff.passwordChangeRequired,
        isConfirmed: confirmedAt !== null && now - confirmedAt.getTime() < CONFIRMATION_MS,
        staff: toPrincipal(found.staff),
      };
    },

    /**
     * The staff member of a live, complete session as the database has them now (role, programmes), or null: read
     * before every staff socket event, so a change takes effect at once on every process. Reads are batched: an event
     * arriving while a read runs waits for the next one, which starts after it arrived, so no event is judged on
     * rights older than itself; under load one indexed lookup serves many events.
     */
    principalOf: (sessionId: string): Promise<StaffPrincipal | null> => readPrincipal(sessionId),

    /** Which of these sessions are still valid (for the periodic check of open sockets). */
    stillValid: async (sessionIds: string[]) => {
      const now = clock.now().getTime();
      const rows = await repo.findManyLive(sessionIds);
      return new Set(
        rows.filter((r) => isValid(r.session, r.staff, now) && r.session.isComplete).map((r) => r.session.id),
      );
    },

    touch: (sessionId: string) => repo.touch(sessionId, clock.now()),
    complete: (sessionId: string) => repo.complete(sessionId),
    /** The password or a code was entered again: sensitive changes are allowed for `CONFIRMATION_MS` from now. */
    confirm: async (sessionId: string) => {
      const at = clock.now();
      await repo.confirm(sessionId, at);
      return new Date(at.getTime() + CONFIRMATION_MS);
    },

    revoke: async (sessionId: string) => {
      await repo.revoke(sessionId, clock.now());
      ended.emit('ended', { sessionId });
    },
    revokeAllOf: async (staffId: string) => {
      const count = await repo.revokeAllOf(staffId, clock.now());
      ended.emit('ended', { staffId });
      return count;
    },
    /** Every session of that person but the one in use (or all, without one). */
    revokeOthersOf: async (staffId: string, keep: string | undefined) => {
      if (!keep) {
        await repo.revokeAllOf(staffId, clock.now());
        ended.emit('ended', { staffId });
        return;
      }
      for (const sessionId of await repo.revokeOthersOf(staffId, keep, clock.now())) ended.emit('ended', { sessionId });
    },
  };
};

export type SessionService = ReturnType<typeof createSessionService>;
