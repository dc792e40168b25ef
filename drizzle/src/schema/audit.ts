import type { ProgrammeId } from '@helpline/shared';
import { bigserial, customType, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt } from './columns';
import { programmes } from './programmes';
import { staff } from './staff';

/** Who did what to which record, when. Never content, never an address. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: at('at').notNull(),
    actorId: uuid('actor_id').references(() => staff.id),
    actorUsername: text('actor_username'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_at_idx').on(t.at), index('audit_actor_idx').on(t.actorUsername, t.action, t.at)],
);

/** Metadata of key-encryption keys; the key material lives only in the keys file. */
export const encryptionKeys = pgTable('encryption_keys', {
  id: text('id').primaryKey(),
  programmeId: text('programme_id')
    .$type<ProgrammeId>()
    .notNull()
    .references(() => programmes.id),
  createdAt: createdAt(),
  retiredAt: at('retired_at'),
});

const byteaRaw = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** Table of @socket.io/postgres-adapter (large packets across processes). */
export const socketIoAttachments = pgTable('socket_io_attachments', {
  id: bigserial('id', { mode: 'number' }).unique(),
  createdAt: at('created_at').defaultNow(),
  payload: byteaRaw('payload'),
});
