import { BreakReason, type ProgrammeId } from '@helpline/shared';
import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { at, valuesOf } from './columns';
import { programmes } from './programmes';
import { staff } from './staff';

/**
 * Where each counsellor stands in their current stretch of chat time, and the break suggestion open for them: the one
 * truth every process and tab reads (jobs and handlers decide it with a row lock).
 */
export const careStates = pgTable('care_states', {
  staffId: uuid('staff_id')
    .primaryKey()
    .references(() => staff.id),
  /** When the current stretch began; null while no stretch runs. */
  stretchStartedAt: at('stretch_started_at'),
  /** The last moment they were seen holding an active chat: a gap of BREAK_GAP_MINUTES after it ends the stretch. */
  lastChatAt: at('last_chat_at'),
  /** When this stretch last brought a suggestion: the next comes a full stretch length later. */
  stretchRemindedAt: at('stretch_reminded_at'),
  /** The open suggestion (shown, or waiting for the snooze to end); null when none. */
  suggestion: text('suggestion', { enum: valuesOf(BreakReason) }),
  suggestedAt: at('suggested_at'),
  /** Chat time behind a stretch suggestion, in minutes. */
  stretchMinutes: integer('stretch_minutes'),
  snoozedUntil: at('snoozed_until'),
});

/**
 * Care figures for the reports: one row per break suggestion made and per debrief asked. Deliberately without a
 * counsellor or a conversation, and only to the hour, so nothing here can rank or name anyone.
 */
export const careEvents = pgTable(
  'care_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    programmeId: text('programme_id')
      .$type<ProgrammeId>()
      .notNull()
      .references(() => programmes.id),
    kind: text('kind', { enum: ['break-suggested', 'debrief-requested'] }).notNull(),
    reason: text('reason', { enum: valuesOf(BreakReason) }),
    /** The hour it happened in. */
    hour: at('hour').notNull(),
  },
  (t) => [index('care_events_hour_idx').on(t.hour)],
);
