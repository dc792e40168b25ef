import { z } from 'zod';
import { BreakReason } from '../domain/care';
import { ProgrammeId } from '../domain/programme';
import { Urgency } from '../domain/urgency';
import { Id, IsoDateTime as Iso } from '../http/common';
import { CounsellorStatus } from '../http/supervisor';
import { ConversationStatus, checkIntakeOf, Intake, Message, ReturnCode, StoredIntake } from './shapes';

const conversationRef = { conversationId: Id };
const Body = z.string().trim().min(1, 'must not be empty').max(4000, 'must be at most 4000 characters');

export const SessionEvent = z.object({ token: z.string() });
export type SessionEvent = z.infer<typeof SessionEvent>;
/** The intake's age band and urgency must be the chosen programme's (TAXONOMY.md), so no free text reaches the queue. */
export const QueueJoin = z
  .object({ programme: ProgrammeId, intake: Intake.optional() })
  .superRefine((join, ctx) => checkIntakeOf(join.programme, join.intake, ctx));
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
      /** In serving order: urgent chats first (TAXONOMY.md order), then by queue time. */
      waiting: z.array(
        z.object({
          conversationId: Id,
          queuedAt: Iso,
          intake: StoredIntake,
          returning: z.boolean(),
          /** Added: the chat's urgency now (the intake's answer, or a counsellor's correction); absent when not told. */
          urgency: Urgency.optional(),
        }),
      ),
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

/** A counsellor corrects a chat's urgency; the value must be the chat's programme's (checked by the server). */
export const ConversationUrgency = z.object({ ...conversationRef, urgency: Urgency });
export type ConversationUrgency = z.infer<typeof ConversationUrgency>;
/** The chat's counsellor asks for a supervisor. */
export const HelpRequest = z.object(conversationRef);
export type HelpRequest = z.infer<typeof HelpRequest>;
/** The answer: how many supervisors on shift (online) the request went to. */
export const HelpRequestAnswer = z.object({ supervisors: z.number().int().min(0), at: Iso });
export type HelpRequestAnswer = z.infer<typeof HelpRequestAnswer>;
/** To every supervisor on shift: which chat, who asks, when. */
export const HelpRequested = z.object({
  ...conversationRef,
  counsellor: z.object({ id: Id, alias: z.string() }),
  at: Iso,
});
export type HelpRequested = z.infer<typeof HelpRequested>;
/** After (or during) a chat, its counsellor asks the supervisors on shift for a debrief. */
export const DebriefRequest = z.object(conversationRef);
export type DebriefRequest = z.infer<typeof DebriefRequest>;
/** A quiet request to every supervisor on shift: who asks and when, never which chat or anything of its content. */
export const DebriefRequested = z.object({ counsellor: z.object({ id: Id, alias: z.string() }), at: Iso });
export type DebriefRequested = z.infer<typeof DebriefRequested>;
/** A supervisor monitoring a chat writes to its counsellor only; never sent to the visitor. */
export const WhisperSend = z.object({ ...conversationRef, body: Body });
export type WhisperSend = z.infer<typeof WhisperSend>;
/** To the chat's counsellor (and its monitors): the whisper, stored as a note. */
export const Whisper = z.object({
  ...conversationRef,
  body: z.string(),
  from: z.object({ alias: z.string() }),
  at: Iso,
});
export type Whisper = z.infer<typeof Whisper>;

/**
 * The server suggests a break to a counsellor (every tab of theirs): after `stretchMinutes` of chat time without a
 * break, or after a chat with a heavy subject closed. Pushed again on connect while it is open.
 */
export const BreakSuggested = z.object({
  reason: BreakReason,
  at: Iso,
  /** For `stretch`: the chat time behind it, in minutes. */
  stretchMinutes: z.number().int().min(0).optional(),
});
export type BreakSuggested = z.infer<typeof BreakSuggested>;
/** "Later": the suggestion goes from every tab and comes back after the snooze (unless a break ended the stretch). */
export const BreakSnooze = z.strictObject({});
export type BreakSnooze = z.infer<typeof BreakSnooze>;
export const BreakSnoozeAnswer = z.object({ snoozedUntil: Iso });
export type BreakSnoozeAnswer = z.infer<typeof BreakSnoozeAnswer>;
/** "Close": the suggestion goes from every tab. */
export const BreakDismiss = z.strictObject({});
export type BreakDismiss = z.infer<typeof BreakDismiss>;
/** To every tab of the counsellor: no suggestion shows now (snoozed until then, or null: dismissed or a break taken). */
export const BreakCleared = z.object({ snoozedUntil: Iso.nullable() });
export type BreakCleared = z.infer<typeof BreakCleared>;
