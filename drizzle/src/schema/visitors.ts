import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt } from './columns';

/** An anonymous visitor: only hashes of their token and return code. Never an address or user agent. */
export const visitors = pgTable('visitors', {
  id: uuid('id').primaryKey().defaultRandom(),
  tokenHash: text('token_hash').notNull().unique(),
  returnCodeHash: text('return_code_hash').unique(),
  /** The earlier visitor a return code linked this one to, so reports count one person. */
  linkedVisitorId: uuid('linked_visitor_id'),
  createdAt: createdAt(),
  lastSeenAt: at('last_seen_at').notNull().defaultNow(),
});
