import type { AckedEvent, AskError, Asked, Outbox, PayloadFor, Refused, VisitorSocket } from '@helpline/shared/client';
import type { ProgrammeId } from '@helpline/shared/domain';
import type { Intake, Message } from '@helpline/shared/events';
import {
  type ChatError,
  type ChatState,
  type EndReason,
  initialState,
  mergeMessages,
  newClientId,
  phaseOfStatus,
} from './chat-state';
import { chatStorage } from './chat-storage';
import { crisisLinesOf, withLines } from './crisis-lines';

const ACK_MS = 8000;
const TYPING_IDLE_MS = 3000;
const COUNSELLOR_TYPING_MS = 8000;

/** The socket client with the delivery link (outbox, typed ask, seq), loaded when a chat starts or resumes. */
type Client = typeof import('@helpline/shared/client');
const offline: Refused = { ok: false, error: { code: 'NO_ANSWER', message: 'offline' } };

const errorOf = (error: AskError): ChatError => {
  if (error.code === 'CONFLICT') return 'conflict';
  if (error.code === 'RATE_LIMITED') return 'rateLimited';
  if (error.code === 'INVALID_INPUT' && error.field?.includes('returnCode')) return 'badReturnCode';
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
  let client: Client | null = null;
  /** What the visitor wrote and the server has not stored yet: sent in the order written, kept across reloads. */
  let outbox: Outbox | null = null;
  /** Messages were missed live (past a hole in seq): one resume at a time fetches them. */
  let catchUp: (conversationId: string) => void = () => {};
  let typingSent = false;
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

  const ask = async <E extends AckedEvent<VisitorSocket>>(
    event: E,
    payload: PayloadFor<VisitorSocket, E>,
  ): Promise<Asked<VisitorSocket, E>> =>
    socket?.connected && client ? client.ask(socket, event, payload, ACK_MS) : offline;

  /** Adopts events of the conversation being joined before the join's answer arrived. */
  const isOurs = (conversationId: string) => {
    if (conversationId === state.conversationId) return true;
    if (state.phase.kind !== 'joining' || state.conversationId) return false;
    state = { ...state, conversationId };
    return true;
  };

  const openOutbox = ({ createOutbox }: Client) => {
    const created: Outbox = createOutbox({
      sender: 'visitor',
      send: (entry) => {
        const conversationId = state.conversationId;
        return conversationId ? ask('message:send', { conversationId, ...entry }) : Promise.resolve(offline);
      },
      canSend: () => Boolean(socket?.connected && state.conversationId && state.phase.kind === 'chatting'),
      isConnected: () => socket?.connected === true,
      onChange: () => set({ outbox: [...created.entries()] }),
      onStored: (message) => addMessages([message]),
    });
    created.reset(state.outbox);
    return created;
  };
  const flush = async () => outbox?.flush();

  const addMessages = (incoming: Message[]) => {
    const missed = incoming.some((m) => client?.isPastGap(state.messages, m));
    const messages = mergeMessages(state.messages, incoming);
    set({ messages });
    outbox?.settle(messages);
    if (missed && state.conversationId) catchUp(state.conversationId);
  };

  const resume = async () => {
    const conversationId = state.conversationId;
    if (!conversationId || !client) return;
    const answer = await ask('conversation:resume', { conversationId, afterSeq: client.caughtUpTo(state.messages) });
    if (!answer.ok) {
      if (answer.error?.code === 'NOT_FOUND') {
        chatStorage.clearConversation();
        outbox?.reset();
        set({ ...initialState, connected: state.connected, crisis: chatStorage.crisis() });
      }
      return;
    }
    const { conversation } = answer;
    addMessages(conversation.messages);
    const phase = phaseOfStatus(conversation.status, conversation.position, chatStorage.chat()?.endReason);
    const before = state.phase;
    const keepEstimate = phase.kind === 'waiting' && before.kind === 'waiting';
    set({ phase: keepEstimate ? { ...phase, estimatedWaitSeconds: before.estimatedWaitSeconds } : phase });
    await flush();
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
    connecting ??= import('@helpline/shared/client').then((loaded) => {
      client = loaded;
      outbox = openOutbox(loaded);
      catchUp = loaded.createCatchUp(resume);
      const s = loaded.createVisitorSocket('', chatStorage.token, { autoConnect: !stopped });
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
      set({ crisis: chatStorage.crisis() });
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
      outbox?.stop();
      outbox = null;
      socket?.close();
      socket = null;
      connecting = null;
    },

    /** An urgency answer chosen in the intake shows its crisis numbers at once, before the chat is asked for. */
    chooseUrgency: (urgency: string | undefined) =>
      set({ crisis: withLines(chatStorage.crisis(), crisisLinesOf(urgency)) }),

    join: async (intake: Intake | undefined) => {
      outbox?.reset();
      // Told once, the numbers stay whatever happens next: closed, waiting, chatting, ended, a reload, a new chat.
      const crisis = withLines(chatStorage.crisis(), crisisLinesOf(intake?.urgency));
      chatStorage.setCrisis(crisis);
      set({ phase: { kind: 'joining' }, error: null, conversationId: null, messages: [], outbox: [], crisis });
      const s = await connect();
      if (!s.connected)
        await new Promise((resolve) => {
          s.once('connect', () => resolve(undefined));
          setTimeout(resolve, ACK_MS);
        });
      const answer = await ask('queue:join', { programme, ...(intake ? { intake } : {}) });
      if (!answer.ok) {
        if (answer.error?.code === 'CLOSED') set({ phase: { kind: 'closed', opensAt: answer.error.opensAt ?? null } });
        else set({ phase: { kind: 'idle' }, error: errorOf(answer.error) });
        return;
      }
      const { conversationId } = answer;
      chatStorage.setChat({ conversationId, programme, counsellor: null });
      if (state.phase.kind === 'joining')
        set({
          conversationId,
          phase: { kind: 'waiting', position: answer.position, estimatedWaitSeconds: answer.estimatedWaitSeconds },
        });
    },

    send: (body: string) => {
      const text = body.trim();
      if (!text) return;
      stopTyping();
      const clientId = newClientId();
      // Before the link has loaded (hardly ever: it loads with the conversation), it takes these on when it does.
      if (outbox) void outbox.add(clientId, text);
      else set({ outbox: [...state.outbox, { clientId, body: text, state: 'sending' }] });
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

    submitSurvey: async (survey: { rating: number; feltBetter?: boolean; wouldRecommend?: boolean }) => {
      const { conversationId } = state;
      return conversationId !== null && (await ask('survey:submit', { conversationId, ...survey })).ok;
    },

    createReturnCode: async () => {
      const answer = await ask('returnCode:create', {});
      return answer.ok ? answer.returnCode : null;
    },

    newChat: () => {
      chatStorage.clearConversation();
      outbox?.reset();
      set({ ...initialState, connected: state.connected, crisis: chatStorage.crisis() });
    },

    /** Quick exit: ask the server to forget this visitor now (the caller does not wait long). */
    forget: async () => {
      if (socket?.connected) await ask('session:end', {});
    },
  };
};

export type ChatController = ReturnType<typeof createChatController>;
