import { z } from 'zod';
import { ProgrammeId } from '../domain/programme';
import { ClinicId, IntendsTreatment, MissedKind, ReferralStatus } from '../domain/referral';
import { HelpwantedTags, StopitnowTags, tagsSchemaFor } from '../domain/taxonomy';
import { ConversationStatus, Message } from '../events/shapes';
import { Id, IsoDateTime, NullableIsoDateTime, PeriodQuery } from './common';
import { issuePath } from './errors';

const TagsAnswer = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

export const ConversationListQuery = PeriodQuery.extend({
  status: ConversationStatus.optional(),
  mine: z.enum(['true', 'false']).optional(),
});
export type ConversationListQuery = z.infer<typeof ConversationListQuery>;

export const ConversationListItem = z.object({
  id: Id,
  programme: ProgrammeId,
  channel: z.literal('chat'),
  status: ConversationStatus,
  queuedAt: IsoDateTime,
  startedAt: NullableIsoDateTime,
  endedAt: NullableIsoDateTime,
  counsellorAlias: z.string().nullable(),
  tags: TagsAnswer,
});
export type ConversationListItem = z.infer<typeof ConversationListItem>;

export const Referral = z.object({
  id: Id,
  conversationId: Id.nullable(),
  programme: ProgrammeId,
  clinic: ClinicId,
  appointmentAt: IsoDateTime,
  status: ReferralStatus,
  intendsTreatment: IntendsTreatment.nullable(),
  createdAt: IsoDateTime,
});
export type Referral = z.infer<typeof Referral>;

export const ConversationDetail = ConversationListItem.extend({ referrals: z.array(Referral) });
export type ConversationDetail = z.infer<typeof ConversationDetail>;

export const Transcript = z.object({
  messages: z.array(Message),
  notes: z.array(z.object({ id: Id, body: z.string(), author: z.string(), at: IsoDateTime })),
});
export type Transcript = z.infer<typeof Transcript>;

/** PUT tags body: checked against the conversation's programme with `tagsSchemaFor`. */
export const TagsBody = z.union([HelpwantedTags, StopitnowTags]);
export type TagsBody = z.infer<typeof TagsBody>;

export const ContactCreate = z
  .object({
    programme: ProgrammeId,
    channel: z.enum(['phone', 'email']),
    occurredAt: IsoDateTime,
    durationMinutes: z.number().int().min(0).max(600).optional(),
    tags: z.record(z.string(), z.unknown()),
  })
  .superRefine((contact, ctx) => {
    const result = tagsSchemaFor(contact.programme).safeParse(contact.tags);
    for (const issue of result.error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: ['tags', ...issuePath(issue)] });
    }
  });
export type ContactCreate = z.infer<typeof ContactCreate>;
export const Contact = z.object({
  id: Id,
  programme: ProgrammeId,
  channel: z.enum(['phone', 'email']),
  occurredAt: IsoDateTime,
  durationMinutes: z.number().nullable(),
  tags: TagsAnswer,
});
export type Contact = z.infer<typeof Contact>;

export const ReferralCreate = z.object({ conversationId: Id, clinic: ClinicId, appointmentAt: IsoDateTime });
export type ReferralCreate = z.infer<typeof ReferralCreate>;
export const ReferralPatch = z
  .strictObject({ status: ReferralStatus.optional(), intendsTreatment: IntendsTreatment.optional() })
  .refine((p) => p.status !== undefined || p.intendsTreatment !== undefined, {
    message: 'change status or intendsTreatment',
    path: ['status'],
  });
export type ReferralPatch = z.infer<typeof ReferralPatch>;
export const ReferralListQuery = PeriodQuery.extend({ status: ReferralStatus.optional() });
export type ReferralListQuery = z.infer<typeof ReferralListQuery>;

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
