import { z } from 'zod';
import { ProgrammeId } from '../domain/programme';
import { ageBandsOf, allAgeBands } from '../domain/taxonomy';
import { Urgency, urgencyOf } from '../domain/urgency';
import { Id, IsoDateTime as Iso } from '../http/common';

export const Sender = z.enum(['visitor', 'counsellor', 'system']);
export type Sender = z.infer<typeof Sender>;

export const Message = z.object({
  id: Id,
  conversationId: Id,
  seq: z.number().int().positive(),
  sender: Sender,
  body: z.string(),
  sentAt: Iso,
  clientId: z.uuid().optional(),
  /** On system messages: what the client translates; `body` keeps a readable fallback. */
  system: z
    .object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })
    .optional(),
  /** On counsellor messages: who wrote it (not who holds the chat now), so a transfer keeps each message's author. */
  from: z.object({ alias: z.string() }).optional(),
});
export type Message = z.infer<typeof Message>;

export const ConversationStatus = z.enum(['queued', 'active', 'ended', 'abandoned', 'timed-out']);
export type ConversationStatus = z.infer<typeof ConversationStatus>;

/** Shown once to the visitor; three groups of four from an alphabet without look-alikes (no 0/O, 1/I/L). */
export const ReturnCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/, 'must look like ABCD-EFGH-JKMN');
export type ReturnCode = z.infer<typeof ReturnCode>;

/** An age band of some programme's taxonomy, never free text; `QueueJoin` narrows it to the chosen programme's. */
export const AgeBand = z.string().refine((v) => allAgeBands.includes(v), {
  message: `must be one of: ${allAgeBands.join(', ')}`,
});
export type AgeBand = z.infer<typeof AgeBand>;

export const Intake = z.strictObject({
  ageBand: AgeBand.optional(),
  about: z.enum(['self', 'other']).optional(),
  language: z.enum(['nl', 'en']).optional(),
  returnCode: ReturnCode.optional(),
  /** The answer to the one urgency question: one of the programme's values (TAXONOMY.md), none when not told. */
  urgency: Urgency.optional(),
});
export type Intake = z.infer<typeof Intake>;
export const StoredIntake = Intake.omit({ returnCode: true });
export type StoredIntake = z.infer<typeof StoredIntake>;

/** An intake's age band and urgency must be the chosen programme's (TAXONOMY.md): no other programme's value. */
export const checkIntakeOf = (
  programme: ProgrammeId,
  intake: Pick<Intake, 'ageBand' | 'urgency'> | undefined,
  ctx: z.RefinementCtx,
) => {
  const fields = [
    ['ageBand', intake?.ageBand, ageBandsOf(programme)],
    ['urgency', intake?.urgency, urgencyOf(programme)],
  ] as const;
  for (const [field, value, allowed] of fields)
    if (value !== undefined && !allowed.includes(value))
      ctx.addIssue({ code: 'custom', path: ['intake', field], message: `must be one of: ${allowed.join(', ')}` });
};

export const Conversation = z.object({
  id: Id,
  programme: ProgrammeId,
  channel: z.literal('chat'),
  status: ConversationStatus,
  queuedAt: Iso,
  startedAt: Iso.nullable(),
  endedAt: Iso.nullable(),
  intake: StoredIntake,
  returning: z.boolean(),
  counsellorId: Id.nullable(),
});
export type Conversation = z.infer<typeof Conversation>;
