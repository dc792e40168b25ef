import type { SupervisorOverview } from '../http/supervisor';
import type { Ack } from './ack';
import {
  ConversationAccept,
  ConversationEnd,
  type ConversationEnded,
  ConversationLeave,
  ConversationResume,
  type ConversationResumeAnswer,
  type ConversationStarted,
  ConversationTransfer,
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
} from './payloads';
import type { Conversation, Message } from './shapes';

type MessageAnswer = { message: Message };

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
};

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
} as const satisfies Record<keyof VisitorClientToServerEvents, unknown>;

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
} as const satisfies Record<keyof StaffClientToServerEvents, unknown>;
