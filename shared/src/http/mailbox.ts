import { z } from 'zod';
import { ProgrammeId } from '../domain/programme';
import { checkIntakeOf, Message, StoredIntake } from '../events/shapes';
import { Id, IsoDateTime } from './common';

const Body = z.string().trim().min(1, 'must not be empty').max(4000, 'must be at most 4000 characters');

/** Four groups of four from the return-code alphabet (31 signs, no look-alikes): 16 signs, about 79 bits. */
export const MAILBOX_CODE_GROUPS = 4;
export const MailboxCode = z
  .string()
  .trim()
  .toUpperCase()
  .max(40, 'must look like ABCD-EFGH-JKMN-PQRS')
  .regex(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/, 'must look like ABCD-EFGH-JKMN-PQRS');
export type MailboxCode = z.infer<typeof MailboxCode>;

/**
 * POST `/api/mailbox`: a new thread. The intake's age band and urgency must be the programme's, as for a chat. The
 * same `clientId` (a random UUID made with the form) sent again answers the same thread and the same code, so a form
 * posted twice (a reload, a double tap) makes one thread and the visitor never loses the code: keep it as secret as the
 * code itself.
 */
export const MailboxWrite = z
  .strictObject({
    programme: ProgrammeId,
    body: Body,
    intake: StoredIntake.optional(),
    clientId: z.uuid({ message: 'must be a uuid' }).optional(),
  })
  .superRefine((write, ctx) => checkIntakeOf(write.programme, write.intake, ctx));
export type MailboxWrite = z.infer<typeof MailboxWrite>;

/** Shown once: the code is the only key to the thread. */
export const MailboxWriteAnswer = z.object({ code: MailboxCode, conversationId: Id, expectedReplyBy: IsoDateTime });
export type MailboxWriteAnswer = z.infer<typeof MailboxWriteAnswer>;

export const MailboxCodeBody = z.strictObject({ code: MailboxCode });
export type MailboxCodeBody = z.infer<typeof MailboxCodeBody>;

export const MailboxState = z.enum(['unanswered', 'answered', 'closed']);
export type MailboxState = z.infer<typeof MailboxState>;

export const MailboxThread = z.object({
  conversationId: Id,
  programme: ProgrammeId,
  state: MailboxState,
  messages: z.array(Message),
  /** When an answer is promised; null once answered or closed. */
  expectedReplyBy: IsoDateTime.nullable(),
});
export type MailboxThread = z.infer<typeof MailboxThread>;

/** POST `/api/mailbox/reply` (visitor) and POST `/api/mailbox/:conversationId/messages` (counsellor, no code). */
export const MailboxReply = z.strictObject({
  code: MailboxCode,
  clientId: z.uuid({ message: 'must be a uuid' }),
  body: Body,
});
export type MailboxReply = z.infer<typeof MailboxReply>;
export const MailboxStaffMessage = MailboxReply.omit({ code: true });
export type MailboxStaffMessage = z.infer<typeof MailboxStaffMessage>;
/** POST `/api/mailbox/:conversationId/notes`: an internal note, never shown to the visitor, sealed like messages. */
export const MailboxNoteAdd = z.strictObject({ body: Body });
export type MailboxNoteAdd = z.infer<typeof MailboxNoteAdd>;
export const MailboxNote = z.object({ id: Id, body: z.string(), author: z.string(), at: IsoDateTime });
export type MailboxNote = z.infer<typeof MailboxNote>;
/** GET `/api/mailbox/:conversationId` (staff): the thread with its notes. */
export const MailboxStaffThread = MailboxThread.extend({ notes: z.array(MailboxNote) });
export type MailboxStaffThread = z.infer<typeof MailboxStaffThread>;

export const MailboxMessageAnswer = z.object({ message: Message });
export type MailboxMessageAnswer = z.infer<typeof MailboxMessageAnswer>;

/** `GET /api/conversations?channel=mailbox&state=...`: the programme's threads, oldest first, without text. */
export const MailboxListQuery = z.object({
  channel: z.literal('mailbox'),
  state: MailboxState.optional(),
  programme: ProgrammeId.optional(),
});
export type MailboxListQuery = z.infer<typeof MailboxListQuery>;

export const MailboxListItem = z.object({
  id: Id,
  programme: ProgrammeId,
  channel: z.literal('mailbox'),
  state: MailboxState,
  receivedAt: IsoDateTime,
  /** Since the oldest visitor message still waiting for an answer (or since the last message when answered). */
  ageSeconds: z.number().int().min(0),
  expectedReplyBy: IsoDateTime.nullable(),
  isOverdue: z.boolean(),
  claimedBy: z.object({ id: Id, alias: z.string() }).nullable(),
  claimExpiresAt: IsoDateTime.nullable(),
  tags: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
});
export type MailboxListItem = z.infer<typeof MailboxListItem>;

export const MailboxClaimAnswer = z.object({ conversationId: Id, claimExpiresAt: IsoDateTime });
export type MailboxClaimAnswer = z.infer<typeof MailboxClaimAnswer>;

/** Working days of the reply promise (hours administration). */
export const MailboxReplyDays = z.number().int().min(1).max(30);
