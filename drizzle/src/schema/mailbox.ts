import { MailboxState } from '@helpline/shared';
import { boolean, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { at, valuesOf } from './columns';
import { conversations } from './conversations';
import { staff } from './staff';

/**
 * The anonymous mailbox: a thread is a conversation with channel 'mailbox' (its messages, key, tags and retention are
 * the conversation's); this row holds what only a thread has. The code is kept only as a keyed hash, and that hash is
 * removed when the visitor forgets the thread.
 */
export const mailboxThreads = pgTable(
  'mailbox_threads',
  {
    conversationId: uuid('conversation_id')
      .primaryKey()
      .references(() => conversations.id),
    codeHash: text('code_hash').unique(),
    state: text('state', { enum: valuesOf(MailboxState) }).notNull(),
    /** Since when the visitor's oldest unanswered message waits; null while answered or closed. */
    waitingSince: at('waiting_since'),
    /** The reply promise for the waiting message, in the programme's working days. */
    expectedReplyBy: at('expected_reply_by'),
    /** The first answer of the thread (reply times in the figures). */
    firstReplyAt: at('first_reply_at'),
    /** Whether an answer came later than promised, for the figures (kept after the thread moves on). */
    answeredLateAt: at('answered_late_at'),
    claimedBy: uuid('claimed_by').references(() => staff.id),
    claimedUntil: at('claimed_until'),
    /** Who answered last: a thread that comes back goes to them first while they are on shift. */
    lastCounsellorId: uuid('last_counsellor_id').references(() => staff.id),
    lastMessageAt: at('last_message_at').notNull(),
    /** Written while the programme's chat was closed: a visitor who found it closed left a message instead. */
    writtenWhileClosed: boolean('written_while_closed').notNull().default(false),
  },
  (t) => [index('mailbox_threads_state_idx').on(t.state, t.waitingSince)],
);
