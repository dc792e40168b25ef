import type { VisitorSocket } from '@helpline/shared/client';
import type { ProgrammeId } from '@helpline/shared/domain';
import type { Intake, Message, VisitorClientToServerEvents } from '@helpline/shared/events';
import { caughtUpTo, isPastGap } from '../../lib/message-seq';
import {
  type ChatError,
  type ChatState,
  type EndReason,
  initialState,
  mergeMessages,
  newClientId,
  type Outgoing,
  phaseOfStatus,
  withoutDelivered,
} from './chat-state';
import { chatStorage } from './chat-storage';

const ACK_MS = 8000;
/** After UNAVAILABLE (the server's database is restarting): the same message again, same clientId, after this. */
const RETRY_MS = 2000;
const TYPING_IDLE_MS = 3000;
const COUNSELLOR_TYPING_MS = 8000;

type Event = keyof VisitorClientToServerEvents;
type Answer = { ok: boolean; error?: { code: string; field?: string; opensAt?: string | null } } & Record<
  string,
  unknown
>;

const errorOf = (answer: Answer): ChatError => {
  const code = answer.error?.code;
  if (code === 'CONFLICT') return 'conflict';
  if (code === 'RATE_LIMITED') return 'rateLimited';
  if (code === 'INVALID_INPUT' && answer.error?.field?.includes('returnCode')) return 'badReturnCode';
  return 'error';
};

/**
 * The visitor's side of one programme's chat, outside React: the socket, the conversation and every message
 * exactly once and in order across reconnects and reloads. State is kept in sessionStorage only.
 */
export const createChatController = (programme: ProgrammeId) => {
  let state: ChatState = initialState;
  const listeners = new Set<() => void>();
  let socket: VisitorSocket | null = null;
  let flushing = false;
  let flushAgain = false;
  let typingSent = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let catchingUp = false;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let counsellorTypingTimer: ReturnType<typeof setTimeout> | undefined;

  const set = (patch: Partial<ChatState>) => {
    state = { ...state, ...patch };
    if (patch.outbox) chatStorage.setOutbox(state.outbox);
    for (const listener of listeners) listener();
  };
  const remember = (patch: { counsellor?: string | null; endReason?: EndReason }) => {
    const stored = chatStorage.chat();
    if (stored) chatStorage.setChat({ ...stored, ...patch });
  };

  const ask = async (event: Event, payload: unknown): Promise<Answer> => {
    if (!socket?.connected) return { ok: false, error: { code: 'OFFLINE' } };
    const timed = socket.timeout(ACK_MS) as unknown as { emitWithAck: (e: Event, p: unknown) => Promise<Answer> };
    return timed.emitWithAck(event, payload).catch(() => ({ ok: false, error: { code: 'TIMEOUT' } }));
  };

  /** Adopts events of the conversation being joined before the join's answer arrived. */
  const isOurs = (conversationId: string) => {
    if (conversationId === state.conversationId) return true;
    if (state.phase.kind !== 'joining' || state.conversationId) return false;
    state = { ...state, conversationId };
    return true;
  };

  const addMessages = (incoming: Message[]) => {
    const missed = incoming.some((m) => isPastGap(state.messages, m));
    const messages = mergeMessages(state.messages, incoming);
    set({ messages, outbox: withoutDelivered(state.outbox, messages) });
    if (missed) catchUp();
  };

  const markOutgoing = (clientId: string, value: Outgoing['state']) =>
    set({ outbox: state.outbox.map((o) => (o.clientId === clientId ? { ...o, state: value } : o)) });

  /** Sends pending messages one after another, so they are stored in the order they were written. */
  const flush = async (): Promise<void> => {
    if (flushing) {
      flushAgain = true;
      return;
    }
    flushing = true;
    try {
      do {
        flushAgain = false;
        for (const entry of state.outbox) {
          const conversationId = state.conversationId;
          if (!socket?.connected || !conversationId || state.phase.kind !== 'chatting') return;
          if (!state.outbox.some((o) => o.clientId === entry.clientId)) continue;
          markOutgoing(entry.clientId, 'sending');
          const answer = await ask('message:send', { conversationId, clientId: entry.clientId, body: entry.body });
          if (answer.ok) {
            addMessages([answer.message as Message]);
            continue;
          }
          // The server's database is briefly unavailable: the same message again shortly, on its own.
          if (answer.error?.code === 'UNAVAILABLE') {
            clearTimeout(retryTimer);
            retryTimer = setTimeout(() => void flush(), RETRY_MS);
            break;
          }
          // Lost connection: it goes again on reconnect. Refused or unanswered: the visitor retries.
          if (socket?.connected) markOutgoing(entry.clientId, 'failed');
          break;
        }
      } while (flushAgain);
    } finally {
      flushing = false;
    }
  };

  const resume = async () => {
    const conversationId = state.conversationId;
    if (!conversationId) return;
    const answer = await ask('conversation:resume', { conversationId, afterSeq: caughtUpTo(state.messages) });
    if (!answer.ok) {
      if (answer.error?.code === 'NOT_FOUND') {
        chatStorage.clearConversation();
        set({ ...initialState, connected: state.connected });
      }
      return;
    }
    const conversation = answer.conversation as { status: string; position?: number; messages: Message[] };
    addMessages(conversation.messages);
    const phase = phaseOfStatus(conversation.status, conversation.position, chatStorage.chat()?.endReason);
    const before = state.phase;
    const keepEstimate = phase.kind === 'waiting' && before.kind === 'waiting';
    set({ phase: keepEstimate ? { ...phase, estimatedWaitSeconds: before.estimatedWaitSeconds } : phase });
    await flush();
  };

  /** Messages were missed live (past a hole in seq): one resume at a time fetches them. */
  const catchUp = () => {
    if (catchingUp) return;
    catchingUp = true;
    void resume().finally(() => {
      catchingUp = false;
    });
  };

  const end = (reason: EndReason) => {
    remember({ endReason: reason });
    set({ phase: { kind: 'ended', reason }, counsellorTyping: false });
  };

  const onOnline = () => socket?.connect();
  const onOffline = () => socket?.disconnect();

  let connecting: Promise<VisitorSocket> | null = null;
  let stopped = false;
  /** The socket client is loaded only when a chat starts or resumes, so the page itself stays light. */
  const connect = () => {
    connecting ??= import('@helpline/shared/client').then(({ createVisitorSocket }) => {
      const s = createVisitorSocket('', chatStorage.token, { autoConnect: !stopped });
      socket = s;
      listen(s);
      return s;
    });
    return connecting;
  };

  const listen = (s: VisitorSocket) => {
    s.on('session', ({ token }) => chatStorage.setToken(token));
    s.on('connect', () => {
      set({ connected: true });
      void resume();
    });
    s.on('disconnect', () => set({ connected: false, counsellorTyping: false }));
    // Also while chatting: a counsellor who dropped out or a transfer puts the conversation back in a queue.
    s.on('queue:position', (p) => {
      if (isOurs(p.conversationId) && state.phase.kind !== 'ended')
        set({ phase: { kind: 'waiting', position: p.position, estimatedWaitSeconds: p.estimatedWaitSeconds } });
    });
    s.on('conversation:started', (p) => {
      if (!isOurs(p.conversationId)) return;
      remember({ counsellor: p.counsellor.alias });
      set({ phase: { kind: 'chatting' }, counsellor: p.counsellor.alias });
      void flush();
    });
    s.on('message', (m) => {
      if (!isOurs(m.conversationId)) return;
      addMessages([m]);
      if (m.sender === 'counsellor') set({ counsellorTyping: false });
    });
    s.on('typing', (p) => {
      if (!isOurs(p.conversationId)) return;
      clearTimeout(counsellorTypingTimer);
      set({ counsellorTyping: p.typing });
      if (p.typing) counsellorTypingTimer = setTimeout(() => set({ counsellorTyping: false }), COUNSELLOR_TYPING_MS);
    });
    s.on('conversation:ended', (p) => {
      if (!isOurs(p.conversationId)) return;
      end(p.reason === 'abandoned' || p.reason === 'timed-out' ? p.reason : p.endedBy);
    });
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
  };

  const stopTyping = () => {
    clearTimeout(typingTimer);
    if (typingSent && state.conversationId && socket?.connected)
      socket.emit('typing', { conversationId: state.conversationId, typing: false });
    typingSent = false;
  };

  return {
    getState: () => state,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Picks up a conversation this tab already has (after a reload), or notes one with the other programme. */
    start: () => {
      stopped = false;
      const stored = chatStorage.chat();
      if (!stored) return;
      if (stored.programme !== programme) {
        set({ otherProgramme: stored.programme });
        return;
      }
      set({
        phase: { kind: 'resuming' },
        conversationId: stored.conversationId,
        counsellor: stored.counsellor,
        outbox: chatStorage.outbox(),
      });
      void connect();
    },
    stop: () => {
      stopped = true;
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      clearTimeout(typingTimer);
      clearTimeout(counsellorTypingTimer);
      clearTimeout(retryTimer);
      socket?.close();
      socket = null;
      connecting = null;
    },

    join: async (intake: Intake | undefined) => {
      set({ phase: { kind: 'joining' }, error: null, conversationId: null, messages: [], outbox: [] });
      const s = await connect();
      if (!s.connected)
        await new Promise((resolve) => {
          s.once('connect', () => resolve(undefined));
          setTimeout(resolve, ACK_MS);
        });
      const answer = await ask('queue:join', { programme, ...(intake ? { intake } : {}) });
      if (!answer.ok) {
        if (answer.error?.code === 'CLOSED') set({ phase: { kind: 'closed', opensAt: answer.error.opensAt ?? null } });
        else set({ phase: { kind: 'idle' }, error: errorOf(answer) });
        return;
      }
      const conversationId = answer.conversationId as string;
      chatStorage.setChat({ conversationId, programme, counsellor: null });
      if (state.phase.kind === 'joining')
        set({
          conversationId,
          phase: {
            kind: 'waiting',
            position: answer.position as number,
            estimatedWaitSeconds: answer.estimatedWaitSeconds as number,
          },
        });
    },

    send: (body: string) => {
      const text = body.trim();
      if (!text) return;
      stopTyping();
      set({ outbox: [...state.outbox, { clientId: newClientId(), body: text, state: 'sending' }] });
      void flush();
    },
    retry: () => void flush(),

    /** Tells the counsellor the visitor is typing, and that they stopped after a pause. */
    typing: () => {
      if (state.phase.kind !== 'chatting' || !state.conversationId || !socket?.connected) return;
      if (!typingSent) socket.emit('typing', { conversationId: state.conversationId, typing: true });
      typingSent = true;
      clearTimeout(typingTimer);
      typingTimer = setTimeout(stopTyping, TYPING_IDLE_MS);
    },

    leave: async () => {
      const { conversationId, phase } = state;
      if (!conversationId) return;
      stopTyping();
      const answer = await ask('conversation:leave', { conversationId });
      if (!answer.ok) return set({ error: 'error' });
      if (state.phase.kind !== 'ended') end(phase.kind === 'waiting' ? 'abandoned' : 'visitor');
    },

    submitSurvey: async (survey: { rating: number; feltBetter?: boolean; wouldRecommend?: boolean }) =>
      (await ask('survey:submit', { conversationId: state.conversationId, ...survey })).ok,

    createReturnCode: async () => {
      const answer = await ask('returnCode:create', {});
      return answer.ok ? (answer.returnCode as string) : null;
    },

    newChat: () => {
      chatStorage.clearConversation();
      set({ ...initialState, connected: state.connected });
    },

    /** Quick exit: ask the server to forget this visitor now (the caller does not wait long). */
    forget: async () => {
      if (socket?.connected) await ask('session:end', {});
    },
  };
};

export type ChatController = ReturnType<typeof createChatController>;
