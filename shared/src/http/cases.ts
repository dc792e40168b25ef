import { z } from 'zod';
import { ProgrammeId } from '../domain/programme';
import { ClinicId, IntendsTreatment, MissedKind, ReferralStatus } from '../domain/referral';
import { completeCaseTagsSchemaFor } from '../domain/tag-rules';
import { HelpwantedTags, StopitnowTags } from '../domain/taxonomy';
import { ConversationStatus, Message, StoredIntake } from '../events/shapes';
import { Id, IsoDateTime, NullableIsoDateTime, PeriodQuery } from './common';
import { issuePath } from './errors';

const TagsAnswer = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

const QueryFlag = z.enum(['true', 'false']);

/**
 * Counsellors always get only the conversations they held (assigned, or answered before a transfer) in their
 * programmes; supervisors every conversation unless `mine=true`. Newest first; the period filters on `queuedAt`.
 * `needsTags=true`: only finished chats whose tags are still incomplete (see `missingTags`); without `from`/`to` it
 * looks at every day, not only today, so nothing slips out of the counsellor's list overnight.
 */
export const ConversationListQuery = PeriodQuery.extend({
  status: ConversationStatus.optional(),
  mine: QueryFlag.optional(),
  needsTags: QueryFlag.optional(),
});
export type ConversationListQuery = z.infer<typeof ConversationListQuery>;

export const ConversationListItem = z.object({
  id: Id,
  programme: ProgrammeId,
  /** `mailbox`: a mailbox thread (its own list is `channel=mailbox`; its detail and tags are here as for a chat). */
  channel: z.enum(['chat', 'mailbox']),
  status: ConversationStatus,
  queuedAt: IsoDateTime,
  startedAt: NullableIsoDateTime,
  endedAt: NullableIsoDateTime,
  counsellorAlias: z.string().nullable(),
  tags: TagsAnswer,
  /** The visitor came back (linked by token or return code). */
  returning: z.boolean(),
  /** Dimensions that still need a value, in form order (empty once complete); see `missingTags` in the domain. */
  missingTags: z.array(z.string()),
  tagsComplete: z.boolean(),
});
export type ConversationListItem = z.infer<typeof ConversationListItem>;

export const ReferralKind = z.enum(['call-appointment', 'other-clinic-details']);
export type ReferralKind = z.infer<typeof ReferralKind>;

export const Referral = z.object({
  id: Id,
  /** `other-clinic-details`: only recorded that another clinic's details were given; `appointmentAt` is then when. */
  kind: ReferralKind,
  conversationId: Id.nullable(),
  contactId: Id.nullable(),
  programme: ProgrammeId,
  clinic: ClinicId,
  appointmentAt: IsoDateTime,
  status: ReferralStatus,
  intendsTreatment: IntendsTreatment.nullable(),
  createdAt: IsoDateTime,
});
export type Referral = z.infer<typeof Referral>;

export const ConversationDetail = ConversationListItem.extend({
  intake: StoredIntake,
  counsellorId: Id.nullable(),
  referrals: z.array(Referral),
});
export type ConversationDetail = z.infer<typeof ConversationDetail>;
export const ConversationList = z.array(ConversationListItem);
export type ConversationList = z.infer<typeof ConversationList>;
/** A returning visitor's earlier conversations (linked by token or return code): metadata and tags, never text. */
export const ConversationHistory = z.array(ConversationListItem);
export type ConversationHistory = z.infer<typeof ConversationHistory>;

export const Transcript = z.object({
  messages: z.array(Message),
  /** `whisper`: a supervisor's note to the counsellor while monitoring (PROTOCOL: whisper:send), not a handover. */
  notes: z.array(
    z.object({ id: Id, body: z.string(), author: z.string(), at: IsoDateTime, whisper: z.literal(true).optional() }),
  ),
});
export type Transcript = z.infer<typeof Transcript>;

/** PUT tags body: checked against the conversation's programme with `tagsSchemaFor`. */
export const TagsBody = z.union([HelpwantedTags, StopitnowTags]);
export type TagsBody = z.infer<typeof TagsBody>;

/** How a logged contact came in (chats are logged as conversations). */
export const ContactChannel = z.enum(['phone', 'email']);
export type ContactChannel = z.infer<typeof ContactChannel>;

export const ContactCreate = z
  .object({
    programme: ProgrammeId,
    channel: ContactChannel,
    occurredAt: IsoDateTime,
    durationMinutes: z.number().int().min(0).max(600).optional(),
    /** The programme's tags, complete: a contact is logged once it is over. */
    tags: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  })
  .superRefine((contact, ctx) => {
    const result = completeCaseTagsSchemaFor(contact.programme).safeParse(contact.tags);
    for (const issue of result.error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: ['tags', ...issuePath(issue)] });
    }
  });
export type ContactCreate = z.infer<typeof ContactCreate>;
export const Contact = z.object({
  id: Id,
  programme: ProgrammeId,
  channel: ContactChannel,
  occurredAt: IsoDateTime,
  durationMinutes: z.number().nullable(),
  tags: TagsAnswer,
  loggedByAlias: z.string().nullable(),
  createdAt: IsoDateTime,
});
export type Contact = z.infer<typeof Contact>;
/** Counsellors see the contacts they logged; supervisors every contact unless `mine=true`. Period on `occurredAt`. */
export const ContactListQuery = PeriodQuery.extend({ mine: QueryFlag.optional() });
export type ContactListQuery = z.infer<typeof ContactListQuery>;
export const ContactList = z.array(Contact);
export type ContactList = z.infer<typeof ContactList>;

/**
 * A call appointment (`appointmentAt` required) or a record that another clinic's details were given, for a chat
 * (`conversationId`) or a logged phone/e-mail contact (`contactId`): exactly one of the two.
 */
export const ReferralCreate = z
  .strictObject({
    conversationId: Id.optional(),
    contactId: Id.optional(),
    clinic: ClinicId,
    appointmentAt: IsoDateTime.optional(),
    kind: ReferralKind.default('call-appointment'),
  })
  .superRefine((r, ctx) => {
    if ((r.conversationId === undefined) === (r.contactId === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['conversationId'], message: 'give a conversationId or a contactId' });
    }
    if (r.kind === 'call-appointment' && r.appointmentAt === undefined) {
      ctx.addIssue({ code: 'custom', path: ['appointmentAt'], message: 'is required for a call appointment' });
    }
  });
export type ReferralCreate = z.infer<typeof ReferralCreate>;
export const ReferralPatch = z
  .strictObject({
    status: ReferralStatus.optional(),
    intendsTreatment: IntendsTreatment.optional(),
    /** Rescheduling: only while planned. */
    appointmentAt: IsoDateTime.optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), {
    message: 'change status, intendsTreatment or appointmentAt',
    path: ['status'],
  });
export type ReferralPatch = z.infer<typeof ReferralPatch>;
/**
 * Every referral of the asker's programmes (any counsellor on shift follows them up). The period filters on `appointmentAt`. `due=upcoming` / `due=overdue`: planned call appointments from now on /
 * before now, on every day unless `from`/`to` are given, soonest (upcoming) or oldest (overdue) first.
 */
export const ReferralListQuery = PeriodQuery.extend({
  status: ReferralStatus.optional(),
  kind: ReferralKind.optional(),
  due: z.enum(['upcoming', 'overdue']).optional(),
});
export type ReferralListQuery = z.infer<typeof ReferralListQuery>;
export const ReferralList = z.array(Referral);
export type ReferralList = z.infer<typeof ReferralList>;

export const MissedItem = z.object({
  id: Id,
  programme: ProgrammeId,
  kind: MissedKind,
  at: IsoDateTime,
  waitedSeconds: z.number().nullable(),
});
export const MissedAnswer = z.object({
  total: z.number().int(),
  byKind: z.object({ 'outside-hours': z.number().int(), abandoned: z.number().int(), 'timed-out': z.number().int() }),
  byHour: z.array(z.number().int()).length(24),
  byWeekday: z.array(z.number().int()).length(7),
  items: z.array(MissedItem),
});
export type MissedAnswer = z.infer<typeof MissedAnswer>;
