import { CounsellorStatus, type ProgrammeId, Role } from '@helpline/shared';
import { bigint, boolean, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, valuesOf } from './columns';

export const staff = pgTable('staff', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  alias: text('alias').notNull(),
  role: text('role', { enum: valuesOf(Role) }).notNull(),
  programmes: text('programmes').array().$type<ProgrammeId[]>().notNull(),
  capacity: integer('capacity').notNull().default(2),
  passwordHash: text('password_hash').notNull(),
  /** Someone else set the password (a supervisor, or the CLI with --temporary): the member chooses their own first. */
  passwordChangeRequired: boolean('password_change_required').notNull().default(false),
  /** Base32 TOTP secret once confirmed; `totpPendingSecret` while enrolling. */
  totpSecret: text('totp_secret'),
  totpPendingSecret: text('totp_pending_secret'),
  /** Last accepted TOTP time step: a code of that step or earlier is refused (no replay). */
  totpLastStep: bigint('totp_last_step', { mode: 'number' }).notNull().default(0),
  disabledAt: at('disabled_at'),
  presence: text('presence', { enum: valuesOf(CounsellorStatus) })
    .notNull()
    .default('offline'),
  /** Heartbeat of a connected workspace; the grace period for requeueing chats counts from here. */
  lastSeenAt: at('last_seen_at'),
  lastAssignedAt: at('last_assigned_at'),
  createdAt: createdAt(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export const staffSessions = pgTable(
  'staff_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** SHA-256 of the cookie token; the token itself is never stored. */
    tokenHash: text('token_hash').notNull().unique(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    createdAt: createdAt(),
    lastUsedAt: at('last_used_at').notNull().defaultNow(),
    expiresAt: at('expires_at').notNull(),
    revokedAt: at('revoked_at'),
    /** False while a supervisor still has to enrol or enter a second factor. */
    isComplete: boolean('is_complete').notNull().default(true),
    /** Last time the password or a code was entered in this session (a login counts): sensitive changes need it fresh. */
    confirmedAt: at('confirmed_at'),
  },
  (t) => [index('staff_sessions_staff_idx').on(t.staffId)],
);

/**
 * Failed-attempt counters of the per-account throttle: one row per (account key, window), bumped atomically before a
 * password or code is checked, so parallel requests and other processes share one count.
 */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    /**
     * A keyed hash (HMAC under a key of the keys file) of the account, and for per-client counters of the client's
     * address: never a username or an address in readable form.
     */
    key: text('key').notNull(),
    windowStart: at('window_start').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);
