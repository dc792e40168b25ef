import {
  ContactChannel,
  IntendsTreatment,
  MissedKind,
  type ProgrammeId,
  ReferralKind,
  ReferralStatus,
} from '@helpline/shared';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, valuesOf } from './columns';
import type { StoredTags } from './conversations';
import { conversations } from './conversations';
import { programmes } from './programmes';
import { staff } from './staff';
import { visitors } from './visitors';

/** Phone and e-mail contacts logged by counsellors, tagged like chats so the yearly figures come from one place. */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: text('programme_id')
      .$type<ProgrammeId>()
      .notNull()
      .references(() => programmes.id),
    channel: text('channel', { enum: valuesOf(ContactChannel) }).notNull(),
    occurredAt: at('occurred_at').notNull(),
    durationMinutes: integer('duration_minutes'),
    tags: jsonb('tags').$type<StoredTags>().notNull().default({}),
    loggedBy: uuid('logged_by').references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('contacts_occurred_idx').on(t.programmeId, t.occurredAt),
    index('contacts_logged_by_idx').on(t.loggedBy, t.occurredAt),
  ],
);

export const clinics = pgTable(
  'clinics',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    isDefault: boolean('is_default').notNull().default(false),
    isActive: boolean('is_active').notNull().default(true),
  },
  (t) => [uniqueIndex('clinics_one_default').on(t.isDefault).where(sql`${t.isDefault}`)],
);

export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id').references(() => conversations.id),
    contactId: uuid('contact_id').references(() => contacts.id),
    programmeId: text('programme_id')
      .$type<ProgrammeId>()
      .notNull()
      .references(() => programmes.id),
    clinicId: text('clinic_id')
      .notNull()
      .references(() => clinics.id),
    kind: text('kind', { enum: valuesOf(ReferralKind) })
      .notNull()
      .default('call-appointment'),
    /** When the clinic calls; for `other-clinic-details`, when the details were given. */
    appointmentAt: at('appointment_at'),
    status: text('status', { enum: valuesOf(ReferralStatus) })
      .notNull()
      .default('planned'),
    intendsTreatment: text('intends_treatment', { enum: valuesOf(IntendsTreatment) }),
    createdBy: uuid('created_by').references(() => staff.id),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('referrals_created_idx').on(t.programmeId, t.createdAt),
    index('referrals_planned_idx').on(t.programmeId, t.appointmentAt).where(sql`${t.status} = 'planned'`),
  ],
);

/** Counted anonymously: what kind, when, how long they waited. Nothing about who. */
export const missedContacts = pgTable(
  'missed_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: text('programme_id')
      .$type<ProgrammeId>()
      .notNull()
      .references(() => programmes.id),
    kind: text('kind', { enum: valuesOf(MissedKind) }).notNull(),
    occurredAt: at('occurred_at').notNull(),
    waitedSeconds: integer('waited_seconds'),
    conversationId: uuid('conversation_id').references(() => conversations.id),
    /** Outside hours: who tried and on which local day, so repeated attempts count once per visitor a day. */
    visitorId: uuid('visitor_id').references(() => visitors.id),
    day: date('day', { mode: 'string' }),
  },
  (t) => [
    index('missed_occurred_idx').on(t.programmeId, t.occurredAt),
    uniqueIndex('missed_outside_hours_once_a_day')
      .on(t.visitorId, t.programmeId, t.day)
      .where(sql`${t.kind} = 'outside-hours'`),
  ],
);
