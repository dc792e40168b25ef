import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt } from './columns';

/**
 * An anonymous visitor: only hashes of their token and return code. Never an address or user agent. A forgotten
 * visitor keeps its row for the statistics (unique visitors, return-code links) but no token hash: the token is dead.
 */
export const visitors = pgTable('visitors', {
  id: uuid('id').primaryKey().defaultRandom(),
  tokenHash: text('token_hash').unique(),
  returnCodeHash: text('return_code_hash').unique(),
  /** The earlier visitor a return code linked this one to, so reports count one person. */
  linkedVisitorId: uuid('linked_visitor_id'),
  createdAt: createdAt(),
  lastSeenAt: at('last_seen_at').notNull().defaultNow(),
  /** When the token was forgotten (session:end, or the set time after the last conversation). */
  forgottenAt: at('forgotten_at'),
});
