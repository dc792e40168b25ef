import type { Outgoing } from '@helpline/shared/client';
import type { Message } from '@helpline/shared/events';
import type { CrisisLine } from './crisis-lines';

export type { Outgoing };

export type EndReason = 'visitor' | 'counsellor' | 'system' | 'abandoned' | 'timed-out';

export type Phase =
  | { kind: 'idle' }
  | { kind: 'joining' }
  | { kind: 'resuming' }
  | { kind: 'closed'; opensAt: string | null }
  | { kind: 'waiting'; position: number; estimatedWaitSeconds: number | null }
  | { kind: 'chatting' }
  | { kind: 'ended'; reason: EndReason };

export type ChatError = 'error' | 'conflict' | 'rateLimited' | 'badReturnCode';

export type ChatState = {
  phase: Phase;
  conversationId: string | null;
  counsellor: string | null;
  /** Stored messages, each once, in `seq` order. */
  messages: Message[];
  /** Own messages not yet acknowledged, in the order they were written. */
  outbox: Outgoing[];
  connected: boolean;
  counsellorTyping: boolean;
  error: ChatError | null;
  /** A conversation open in this tab with the other programme. */
  otherProgramme: string | null;
  /** The crisis numbers shown since an urgency answer asked for them: shown whatever happens next. */
  crisis: CrisisLine[];
};

export const initialState: ChatState = {
  phase: { kind: 'idle' },
  conversationId: null,
  counsellor: null,
  messages: [],
  outbox: [],
  connected: false,
  counsellorTyping: false,
  error: null,
  otherProgramme: null,
  crisis: [],
};

/** Adds messages by `seq`, ignoring ones already there, so a resend, a resume and a live event never double up. */
export const mergeMessages = (current: Message[], incoming: Message[]): Message[] => {
  const bySeq = new Map(current.map((m) => [m.seq, m]));
  for (const m of incoming) bySeq.set(m.seq, m);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
};

/** The phase a resumed conversation is in, from its stored status. */
export const phaseOfStatus = (
  status: string,
  position: number | undefined,
  endReason: EndReason | undefined,
): Phase => {
  if (status === 'queued') return { kind: 'waiting', position: position ?? 1, estimatedWaitSeconds: null };
  if (status === 'active') return { kind: 'chatting' };
  if (status === 'abandoned' || status === 'timed-out') return { kind: 'ended', reason: status };
  return { kind: 'ended', reason: endReason ?? 'system' };
};

/** A random v4 UUID for a message's client id, also outside secure contexts. */
export const newClientId = (): string => {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
