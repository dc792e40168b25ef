import type { HeavyTags, ProgrammeId } from '@helpline/shared';
import { boolean, integer, jsonb, pgTable, smallint, text, unique } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';

export const programmes = pgTable('programmes', {
  id: text('id').$type<ProgrammeId>().primaryKey(),
  name: text('name').notNull(),
  timezone: text('timezone').notNull().default('Europe/Amsterdam'),
  maxWaitMinutes: integer('max_wait_minutes').notNull().default(20),
  /** The live wall alarms when someone has waited this long (or at once when no counsellor is available). */
  alarmAfterMinutes: integer('alarm_after_minutes').notNull().default(5),
  selfHelpUrl: text('self_help_url').notNull(),
  /** Days after a conversation ended before its transcript is crypto-shredded. */
  retentionDays: integer('retention_days').notNull().default(90),
  /** The anonymous mailbox's reply promise, in working days (weekends and closed dates do not count). */
  mailboxReplyDays: integer('mailbox_reply_days').notNull().default(3),
  /** Minutes of chat time without a break before the server suggests one. */
  careStretchMinutes: integer('care_stretch_minutes').notNull().default(120),
  /** Tag values that make a closed chat heavy (a break is suggested after it); null: the programme's defaults. */
  careHeavyTags: jsonb('care_heavy_tags').$type<HeavyTags>(),
  createdAt: createdAt(),
});

/** Weekly opening periods in the programme's time zone; several per weekday allowed. */
export const programmeHours = pgTable('programme_hours', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  programmeId: text('programme_id')
    .$type<ProgrammeId>()
    .notNull()
    .references(() => programmes.id),
  weekday: smallint('weekday').notNull(),
  opens: text('opens').notNull(),
  closes: text('closes').notNull(),
});

/** A dated exception replaces that date's weekly periods. */
export const programmeHourExceptions = pgTable(
  'programme_hour_exceptions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    programmeId: text('programme_id')
      .$type<ProgrammeId>()
      .notNull()
      .references(() => programmes.id),
    date: text('date').notNull(),
    closed: boolean('closed').notNull().default(false),
    opens: text('opens'),
    closes: text('closes'),
    note: text('note'),
  },
  (t) => [unique().on(t.programmeId, t.date)],
);
