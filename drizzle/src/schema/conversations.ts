import { ConversationStatus, EndedBy, type ProgrammeId, Sender, type StoredIntake } from '@helpline/shared';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, bytea, createdAt, valuesOf } from './columns';
import { programmes } from './programmes';
import { staff } from './staff';
import { visitors } from './visitors';

export type StoredTags = Record<string, string | string[]>;

export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: text('programme_id')
      .$type<ProgrammeId>()
      .notNull()
      .references(() => programmes.id),
    channel: text('channel').$type<'chat' | 'mailbox'>().notNull().default('chat'),
    visitorId: uuid('visitor_id').references(() => visitors.id),
    status: text('status', { enum: valuesOf(ConversationStatus) }).notNull(),
    queuedAt: at('queued_at').notNull(),
    /** Queue order: requeued chats get a key before every waiting one, so they are served first. */
    queuePriority: at('queue_priority').notNull(),
    /** Arrival order, for chats that queued in the same millisecond. */
    queueSeq: bigserial('queue_seq', { mode: 'number' }).notNull(),
    startedAt: at('started_at'),
    endedAt: at('ended_at'),
    endedBy: text('ended_by', { enum: valuesOf(EndedBy) }),
    endReason: text('end_reason'),
    counsellorId: uuid('counsellor_id').references(() => staff.id),
    /**
     * `lastSeq` and `lastNoteSeq` when the current holder got the chat: what came before was not written to them, so
     * their reading it is audited like anyone's (the holder's exemption covers only their own part of the chat).
     */
    heldFromSeq: integer('held_from_seq').notNull().default(0),
    heldFromNoteSeq: integer('held_from_note_seq').notNull().default(0),
    /** The intake without its urgency: that is `urgency`, which a counsellor may correct. */
    intake: jsonb('intake').$type<Omit<StoredIntake, 'urgency'>>().notNull().default({}),
    /** One of the programme's urgency values (TAXONOMY.md), null when the visitor did not say; orders the queue. */
    urgency: text('urgency'),
    returning: boolean('returning').notNull().default(false),
    waitedSeconds: integer('waited_seconds'),
    /** The data key, wrapped by the programme's key-encryption key `keyId`; null once crypto-shredded. */
    wrappedKey: bytea('wrapped_key'),
    keyId: text('key_id'),
    shreddedAt: at('shredded_at'),
    /** Last seq handed out for messages; bumped under the row lock so seq has no gaps. */
    lastSeq: integer('last_seq').notNull().default(0),
    lastNoteSeq: integer('last_note_seq').notNull().default(0),
    tags: jsonb('tags').$type<StoredTags>().notNull().default({}),
    tagsUpdatedAt: at('tags_updated_at'),
    /** A break was suggested to its counsellor for this closed heavy chat: once per chat, whoever saves the tags. */
    heavyBreakSuggested: boolean('heavy_break_suggested').notNull().default(false),
  },
  (t) => [
    index('conversations_queue_idx').on(t.programmeId, t.status, t.queuePriority, t.queueSeq),
    index('conversations_counsellor_idx').on(t.counsellorId, t.status),
    index('conversations_visitor_idx').on(t.visitorId),
    /** One open conversation per visitor, decided by the database even when joins race. */
    uniqueIndex('conversations_one_open_per_visitor').on(t.visitorId).where(sql`${t.status} in ('queued', 'active')`),
    index('conversations_queued_at_idx').on(t.queuedAt),
  ],
);

export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id),
    seq: integer('seq').notNull(),
    sender: text('sender', { enum: valuesOf(Sender) }).notNull(),
    senderStaffId: uuid('sender_staff_id').references(() => staff.id),
    ciphertext: bytea('ciphertext').notNull(),
    nonce: bytea('nonce').notNull(),
    clientId: uuid('client_id'),
    sentAt: createdAt(),
  },
  (t) => [
    unique('messages_seq_unique').on(t.conversationId, t.seq),
    /** Idempotency per side: one sender's client id never answers with another sender's message. */
    unique('messages_sender_client_id_unique').on(t.conversationId, t.sender, t.clientId),
    check('messages_seq_positive', sql`${t.seq} > 0`),
  ],
);

/** Internal counsellor notes: never sent to the visitor, sealed like messages. */
export const notes = pgTable(
  'notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id),
    seq: integer('seq').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => staff.id),
    ciphertext: bytea('ciphertext').notNull(),
    nonce: bytea('nonce').notNull(),
    /** `whisper`: a supervisor's note to the chat's counsellor while monitoring (shown as such, never as a handover). */
    kind: text('kind', { enum: ['note', 'whisper'] })
      .notNull()
      .default('note'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('notes_seq_unique').on(t.conversationId, t.seq),
    check('notes_kind_known', sql`${t.kind} in ('note', 'whisper')`),
  ],
);

export const surveyAnswers = pgTable(
  'survey_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .unique()
      .references(() => conversations.id),
    rating: integer('rating').notNull(),
    feltBetter: boolean('felt_better'),
    wouldRecommend: boolean('would_recommend'),
    createdAt: createdAt(),
  },
  (t) => [check('survey_rating_range', sql`${t.rating} between 1 and 5`)],
);
