import { CannedLanguage, type ProgrammeId } from '@helpline/shared';
import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, valuesOf } from './columns';
import { programmes } from './programmes';

/**
 * Ready answers for the composer, per programme and language. Deleting one marks it (`deletedAt`) so a seeded answer
 * a supervisor removed stays removed across restarts.
 */
export const cannedResponses = pgTable(
  'canned_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: text('programme_id')
      .$type<ProgrammeId>()
      .notNull()
      .references(() => programmes.id),
    language: text('language', { enum: valuesOf(CannedLanguage) }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    deletedAt: at('deleted_at'),
  },
  (t) => [index('canned_responses_programme_idx').on(t.programmeId, t.position).where(sql`${t.deletedAt} is null`)],
);
