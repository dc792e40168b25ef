import type { z } from 'zod';
import type { SupervisorOverview } from '../http/supervisor';
import type { Ack } from './ack';
import {
  type BreakCleared,
  BreakDismiss,
  BreakSnooze,
  type BreakSnoozeAnswer,
  type BreakSuggested,
  ConversationAccept,
  ConversationEnd,
  type ConversationEnded,
  ConversationLeave,
  ConversationResume,
  type ConversationResumeAnswer,
  type ConversationStarted,
  ConversationTransfer,
  ConversationUrgency,
  DebriefRequest,
  type DebriefRequested,
  HelpRequest,
  type HelpRequestAnswer,
  type HelpRequested,
  MessageSend,
  MonitorJoin,
  NoteAdd,
  type NoteAdded,
  PresenceSet,
  type PresenceState,
  QueueJoin,
  type QueueJoinAnswer,
  type QueuePosition,
  type QueueSnapshot,
  type ReturnCodeAnswer,
  ReturnCodeCreate,
  SessionEnd,
  type SessionEvent,
  SurveySubmit,
  Typing,
  type VisitorPresence,
  type Whisper,
  WhisperSend,
} from './payloads';
import type { Conversation, Message } from './shapes';

type MessageAnswer = { message: Message };

/**
 * Events between server processes (through the adapter). Every process reads its state from the database; this only
 * tells the others to drop what they cached of transcripts that were just shredded.
 */
export type InterServerEvents = { 'transcripts:shredded': (conversationIds: string[]) => void };

/**
 * What the server keeps on a visitor's socket: `visitorId` stays null until the visitor first changes something;
 * `newToken` is the token handed out at connect to a visitor without one (null for a returning visitor).
 */
export type VisitorSocketData = { visitorId: string | null; newToken: string | null };

/** What the server keeps on a staff socket; `Principal` is the server's view of who this is (role, programmes). */
export type StaffSocketData<Principal> = { staff: Principal; sessionId: string; lastTouchAt: number };

export type VisitorClientToServerEvents = {
  'queue:join': (p: QueueJoin, ack: Ack<QueueJoinAnswer>) => void;
  'message:send': (p: MessageSend, ack: Ack<MessageAnswer>) => void;
  typing: (p: Typing) => void;
  'conversation:leave': (p: ConversationLeave, ack: Ack) => void;
  'conversation:resume': (p: ConversationResume, ack: Ack<ConversationResumeAnswer>) => void;
  'survey:submit': (p: SurveySubmit, ack: Ack) => void;
  'returnCode:create': (p: ReturnCodeCreate, ack: Ack<ReturnCodeAnswer>) => void;
  'session:end': (p: SessionEnd, ack: Ack) => void;
};

export type VisitorServerToClientEvents = {
  session: (p: SessionEvent) => void;
  'queue:position': (p: QueuePosition) => void;
  'conversation:started': (p: ConversationStarted) => void;
  message: (p: Message) => void;
  typing: (p: Typing) => void;
  'conversation:ended': (p: ConversationEnded) => void;
};

export type StaffClientToServerEvents = {
  'presence:set': (p: PresenceSet, ack: Ack) => void;
  'conversation:accept': (p: ConversationAccept, ack: Ack<{ conversation: Conversation }>) => void;
  'message:send': (p: MessageSend, ack: Ack<MessageAnswer>) => void;
  typing: (p: Typing) => void;
  'note:add': (p: NoteAdd, ack: Ack<NoteAdded>) => void;
  'conversation:end': (p: ConversationEnd, ack: Ack) => void;
  'conversation:transfer': (p: ConversationTransfer, ack: Ack) => void;
  'monitor:join': (p: MonitorJoin, ack: Ack<{ conversation: Conversation; messages: Message[] }>) => void;
  'conversation:resume': (p: ConversationResume, ack: Ack<ConversationResumeAnswer>) => void;
  'conversation:urgency': (p: ConversationUrgency, ack: Ack<{ conversation: Conversation }>) => void;
  'help:request': (p: HelpRequest, ack: Ack<HelpRequestAnswer>) => void;
  'whisper:send': (p: WhisperSend, ack: Ack<{ whisper: Whisper }>) => void;
  'debrief:request': (p: DebriefRequest, ack: Ack<HelpRequestAnswer>) => void;
  'break:snooze': (p: BreakSnooze, ack: Ack<BreakSnoozeAnswer>) => void;
  'break:dismiss': (p: BreakDismiss, ack: Ack) => void;
};

export type StaffServerToClientEvents = {
  'queue:snapshot': (p: QueueSnapshot) => void;
  'presence:state': (p: PresenceState) => void;
  'conversation:assigned': (p: { conversation: Conversation }) => void;
  message: (p: Message) => void;
  typing: (p: Typing) => void;
  'conversation:ended': (p: ConversationEnded) => void;
  'note:added': (p: NoteAdded) => void;
  'supervisor:overview': (p: SupervisorOverview) => void;
  'visitor:presence': (p: VisitorPresence) => void;
  'help:requested': (p: HelpRequested) => void;
  whisper: (p: Whisper) => void;
  'debrief:requested': (p: DebriefRequested) => void;
  'break:suggested': (p: BreakSuggested) => void;
  'break:cleared': (p: BreakCleared) => void;
};

/** The payload an event carries (its first argument). */
export type PayloadOf<F> = F extends (payload: infer P, ...rest: never[]) => void ? P : never;
/** For each event of a map, a schema whose output is that event's payload. */
export type SchemasOf<Events> = { [E in keyof Events]: z.ZodType<PayloadOf<Events[E]>> };

/** The payload schema of every client event, for the server's one validating wrapper. */
export const visitorEventSchemas = {
  'queue:join': QueueJoin,
  'message:send': MessageSend,
  typing: Typing,
  'conversation:leave': ConversationLeave,
  'conversation:resume': ConversationResume,
  'survey:submit': SurveySubmit,
  'returnCode:create': ReturnCodeCreate,
  'session:end': SessionEnd,
} as const satisfies SchemasOf<VisitorClientToServerEvents>;

export const staffEventSchemas = {
  'presence:set': PresenceSet,
  'conversation:accept': ConversationAccept,
  'message:send': MessageSend,
  typing: Typing,
  'note:add': NoteAdd,
  'conversation:end': ConversationEnd,
  'conversation:transfer': ConversationTransfer,
  'monitor:join': MonitorJoin,
  'conversation:resume': ConversationResume,
  'conversation:urgency': ConversationUrgency,
  'help:request': HelpRequest,
  'whisper:send': WhisperSend,
  'debrief:request': DebriefRequest,
  'break:snooze': BreakSnooze,
  'break:dismiss': BreakDismiss,
} as const satisfies SchemasOf<StaffClientToServerEvents>;
