import { z } from 'zod';
import { ProgrammeId } from '../domain/programme';
import { ageBandsOf } from '../domain/taxonomy';
import { Id, IsoDateTime as Iso } from '../http/common';
import { CounsellorStatus } from '../http/supervisor';
import { ConversationStatus, Intake, Message, ReturnCode, StoredIntake } from './shapes';

const conversationRef = { conversationId: Id };
const Body = z.string().trim().min(1, 'must not be empty').max(4000, 'must be at most 4000 characters');

export const SessionEvent = z.object({ token: z.string() });
export type SessionEvent = z.infer<typeof SessionEvent>;
/** The intake's age band must be one of the chosen programme's (TAXONOMY.md), so no free text reaches the queue. */
export const QueueJoin = z.object({ programme: ProgrammeId, intake: Intake.optional() }).superRefine((join, ctx) => {
  const ageBand = join.intake?.ageBand;
  const allowed = ageBandsOf(join.programme);
  if (ageBand !== undefined && !allowed.includes(ageBand))
    ctx.addIssue({ code: 'custom', path: ['intake', 'ageBand'], message: `must be one of: ${allowed.join(', ')}` });
});
export type QueueJoin = z.infer<typeof QueueJoin>;
export const QueueJoinAnswer = z.object({
  conversationId: Id,
  position: z.number().int().positive(),
  estimatedWaitSeconds: z.number().int().min(0),
});
export type QueueJoinAnswer = z.infer<typeof QueueJoinAnswer>;
export const QueuePosition = QueueJoinAnswer;
export type QueuePosition = QueueJoinAnswer;
export const ConversationStarted = z.object({ ...conversationRef, counsellor: z.object({ alias: z.string() }) });
export type ConversationStarted = z.infer<typeof ConversationStarted>;
export const MessageSend = z.object({
  ...conversationRef,
  clientId: z.uuid({ message: 'must be a uuid' }),
  body: Body,
});
export type MessageSend = z.infer<typeof MessageSend>;
export const Typing = z.object({ ...conversationRef, typing: z.boolean() });
export type Typing = z.infer<typeof Typing>;
export const ConversationLeave = z.object(conversationRef);
export type ConversationLeave = z.infer<typeof ConversationLeave>;
/** Who ended a conversation: the visitor, the counsellor, or the server (timeouts, drop-outs). */
export const EndedBy = z.enum(['visitor', 'counsellor', 'system']);
export type EndedBy = z.infer<typeof EndedBy>;
export const ConversationEnded = z.object({ ...conversationRef, endedBy: EndedBy, reason: z.string().optional() });
export type ConversationEnded = z.infer<typeof ConversationEnded>;
/** Why a chat ended, where the client shows it differently: `quick-exit` when the visitor ended it with `session:end`. */
export const QUICK_EXIT = 'quick-exit';
/** Pushed to a chat's counsellor and monitors when the visitor's last connection goes (`online: false`) or comes back. */
export const VisitorPresence = z.object({ ...conversationRef, online: z.boolean(), since: Iso });
export type VisitorPresence = z.infer<typeof VisitorPresence>;
/** The highest seq a conversation can reach (seq is a 32-bit integer): a larger `afterSeq` is refused, not queried. */
export const MAX_SEQ = 2_147_483_647;
export const ConversationResume = z.object({
  ...conversationRef,
  afterSeq: z.number().int().min(0).max(MAX_SEQ).optional(),
});
export type ConversationResume = z.infer<typeof ConversationResume>;
export const ConversationResumeAnswer = z.object({
  conversation: z.object({
    id: Id,
    programme: ProgrammeId,
    status: ConversationStatus,
    position: z.number().int().positive().optional(),
    messages: z.array(Message),
  }),
});
export type ConversationResumeAnswer = z.infer<typeof ConversationResumeAnswer>;
export const SurveySubmit = z.object({
  ...conversationRef,
  rating: z.number().int().min(1).max(5),
  feltBetter: z.boolean().optional(),
  wouldRecommend: z.boolean().optional(),
});
export type SurveySubmit = z.infer<typeof SurveySubmit>;
export const ReturnCodeCreate = z.strictObject({});
export type ReturnCodeCreate = z.infer<typeof ReturnCodeCreate>;
export const ReturnCodeAnswer = z.object({ returnCode: ReturnCode });
export type ReturnCodeAnswer = z.infer<typeof ReturnCodeAnswer>;

/** Quick exit and "forget me": the server forgets the visitor's token at once. */
export const SessionEnd = z.strictObject({});
export type SessionEnd = z.infer<typeof SessionEnd>;

export const PresenceSet = z.object({ status: CounsellorStatus });
export type PresenceSet = z.infer<typeof PresenceSet>;
/** The counsellor's own presence and capacity: on connect and after every change (all their tabs). */
export const PresenceState = z.object({ status: CounsellorStatus, capacity: z.number().int().min(0) });
export type PresenceState = z.infer<typeof PresenceState>;
export const QueueSnapshot = z.object({
  programmes: z.array(
    z.object({
      programme: ProgrammeId,
      waiting: z.array(z.object({ conversationId: Id, queuedAt: Iso, intake: StoredIntake, returning: z.boolean() })),
      /** The programme's mailbox threads waiting for an answer, and since when the oldest waits (null: none). */
      mailbox: z.object({ unanswered: z.number().int().min(0), oldestAt: Iso.nullable() }).optional(),
    }),
  ),
});
export type QueueSnapshot = z.infer<typeof QueueSnapshot>;
export const ConversationAccept = z.object(conversationRef);
export type ConversationAccept = z.infer<typeof ConversationAccept>;
export const NoteAdd = z.object({ ...conversationRef, body: Body });
export type NoteAdd = z.infer<typeof NoteAdd>;
export const NoteAdded = z.object({
  ...conversationRef,
  note: z.object({ id: Id, body: z.string(), author: z.string(), at: Iso }),
});
export type NoteAdded = z.infer<typeof NoteAdded>;
export const ConversationEnd = z.object(conversationRef);
export type ConversationEnd = z.infer<typeof ConversationEnd>;
export const ConversationTransfer = z.object({
  ...conversationRef,
  to: z.union([z.strictObject({ staffId: Id }), z.strictObject({ programme: ProgrammeId })]),
});
export type ConversationTransfer = z.infer<typeof ConversationTransfer>;
export const MonitorJoin = z.object(conversationRef);
export type MonitorJoin = z.infer<typeof MonitorJoin>;
