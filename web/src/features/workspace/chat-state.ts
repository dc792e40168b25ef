import type {
  Conversation,
  HelpRequestAnswer,
  Message,
  NoteAdded,
  PresenceState,
  QueueSnapshot,
  Whisper,
} from '@helpline/shared/events';

export type Note = NoteAdded['note'];
/** A request to the supervisors on shift, answered: to how many it went, and when. */
export type Asked = HelpRequestAnswer;
export type ChatOrigin = 'accepted' | 'routed' | 'restored' | 'transferred';
/** What is known of a chat when it arrives: the whole conversation live, less after a reload. */
export type ChatSeed = Pick<Conversation, 'id' | 'programme' | 'status' | 'startedAt'> &
  Partial<Pick<Conversation, 'intake' | 'returning' | 'queuedAt'>>;

/** One chat in the counsellor's list: live while active, kept after it ended until its tags are done. */
export type Chat = {
  id: string;
  programme: Conversation['programme'];
  status: Conversation['status'];
  startedAt: string | null;
  /** When the visitor joined the queue: among chats routed together, the one who waited longest comes first. */
  queuedAt: string | null;
  intake: Conversation['intake'];
  returning: boolean;
  origin: ChatOrigin;
  messages: Message[];
  pending: { clientId: string; body: string; failed: boolean }[];
  notes: Note[];
  unread: number;
  visitorTyping: boolean;
  endedBy: 'visitor' | 'counsellor' | 'system' | null;
  /** Why it ended, where it matters to the counsellor (`quick-exit`). */
  endReason: string | null;
  /** When the visitor's last connection went (ISO), while they are gone; null while they are there. */
  visitorGoneSince: string | null;
  /** What a supervisor wrote to this counsellor about the chat, in the order it came; never the visitor's. */
  whispers: Whisper[];
  /** The last "ask for help" and "ask for a debrief" of this chat, as the server answered them. */
  help: Asked | null;
  debrief: Asked | null;
};

export type Connection = 'connecting' | 'online' | 'offline';

export type DeskState = {
  connection: Connection;
  presence: PresenceState | null;
  queue: QueueSnapshot['programmes'];
  chats: Chat[];
  activeId: string | null;
  /** A chat that has just arrived by routing and not been looked at yet. */
  announced: string[];
};

export const initialDesk: DeskState = {
  connection: 'connecting',
  presence: null,
  queue: [],
  chats: [],
  activeId: null,
  announced: [],
};

export type DeskAction =
  | { type: 'connection'; connection: Connection }
  | { type: 'presence'; presence: PresenceState }
  | { type: 'queue'; snapshot: QueueSnapshot }
  | { type: 'chat'; conversation: ChatSeed; origin: ChatOrigin }
  | { type: 'messages'; id: string; messages: Message[]; status?: Conversation['status'] }
  | { type: 'message'; message: Message; seen: boolean }
  | { type: 'pending'; id: string; clientId: string; body: string }
  | { type: 'pendingFailed'; id: string; clientId: string }
  /** Notes as stored: a supervisor's whisper among them (after a reload) goes with the whispers, not the notes. */
  | { type: 'notes'; id: string; notes: (Note & { whisper?: true })[] }
  | { type: 'typing'; id: string; typing: boolean }
  | { type: 'ended'; id: string; endedBy: Chat['endedBy']; reason?: string | undefined }
  | { type: 'visitorPresence'; id: string; online: boolean; since: string }
  | { type: 'whisper'; whisper: Whisper }
  | { type: 'asked'; id: string; about: 'help' | 'debrief'; asked: Asked }
  /** A chat handed over to this counsellor: marked, and in the middle pane unless they are writing elsewhere. */
  | { type: 'handedOver'; id: string; focus: boolean }
  | { type: 'remove'; id: string }
  | { type: 'activate'; id: string | null }
  | { type: 'seen'; id: string };

const mergeMessages = (current: Message[], incoming: Message[]) => {
  const bySeq = new Map(current.map((m) => [m.seq, m]));
  for (const m of incoming) bySeq.set(m.seq, m);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
};

const mergeNotes = (current: Note[], incoming: Note[]) => {
  const byId = new Map(current.map((n) => [n.id, n]));
  for (const n of incoming) byId.set(n.id, n);
  return [...byId.values()].sort((a, b) => a.at.localeCompare(b.at));
};

/** One whisper once, whether it came live or with the stored notes after a reload (same time, same text). */
const mergeWhispers = (current: Whisper[], incoming: Whisper[]) => {
  const byKey = new Map(current.map((w) => [`${w.at}|${w.body}`, w]));
  for (const w of incoming) byKey.set(`${w.at}|${w.body}`, w);
  return [...byKey.values()].sort((a, b) => a.at.localeCompare(b.at));
};

const sortChats = (chats: Chat[]) =>
  [...chats].sort(
    (a, b) =>
      (a.startedAt ?? '9').localeCompare(b.startedAt ?? '9') ||
      (a.queuedAt ?? '9').localeCompare(b.queuedAt ?? '9') ||
      a.id.localeCompare(b.id),
  );

const update = (state: DeskState, id: string, change: (chat: Chat) => Chat): DeskState => ({
  ...state,
  chats: state.chats.map((chat) => (chat.id === id ? change(chat) : chat)),
});

const newChat = (c: Extract<DeskAction, { type: 'chat' }>): Chat => ({
  id: c.conversation.id,
  programme: c.conversation.programme,
  status: c.conversation.status,
  startedAt: c.conversation.startedAt,
  queuedAt: c.conversation.queuedAt ?? null,
  intake: c.conversation.intake ?? {},
  returning: c.conversation.returning ?? false,
  origin: c.origin,
  messages: [],
  pending: [],
  notes: [],
  unread: 0,
  visitorTyping: false,
  endedBy: null,
  endReason: null,
  visitorGoneSince: null,
  whispers: [],
  help: null,
  debrief: null,
});

/** The workspace's live picture, changed only by socket events and the counsellor's own actions. */
export const deskReducer = (state: DeskState, action: DeskAction): DeskState => {
  switch (action.type) {
    case 'connection':
      return { ...state, connection: action.connection };
    case 'presence':
      return { ...state, presence: action.presence };
    case 'queue': {
      const touched = new Set(action.snapshot.programmes.map((p) => p.programme));
      return {
        ...state,
        queue: [...state.queue.filter((p) => !touched.has(p.programme)), ...action.snapshot.programmes].sort((a, b) =>
          a.programme.localeCompare(b.programme),
        ),
      };
    }
    case 'chat': {
      const existing = state.chats.find((chat) => chat.id === action.conversation.id);
      const chats = existing
        ? state.chats.map((chat) =>
            chat.id === existing.id
              ? {
                  ...chat,
                  status: action.conversation.status,
                  startedAt: action.conversation.startedAt ?? chat.startedAt,
                  intake: action.conversation.intake ?? chat.intake,
                  returning: action.conversation.returning ?? chat.returning,
                }
              : chat,
          )
        : sortChats([...state.chats, newChat(action)]);
      const announced =
        action.origin === 'routed' && !existing ? [...state.announced, action.conversation.id] : state.announced;
      return { ...state, chats, announced, activeId: state.activeId ?? action.conversation.id };
    }
    case 'messages':
      return update(state, action.id, (chat) => ({
        ...chat,
        status: action.status ?? chat.status,
        messages: mergeMessages(chat.messages, action.messages),
      }));
    case 'message':
      return update(state, action.message.conversationId, (chat) => ({
        ...chat,
        messages: mergeMessages(chat.messages, [action.message]),
        pending: chat.pending.filter((p) => p.clientId !== action.message.clientId),
        visitorTyping: action.message.sender === 'visitor' ? false : chat.visitorTyping,
        unread:
          action.message.sender === 'visitor' &&
          !action.seen &&
          !chat.messages.some((m) => m.seq === action.message.seq)
            ? chat.unread + 1
            : chat.unread,
      }));
    case 'pending':
      return update(state, action.id, (chat) => ({
        ...chat,
        pending: [
          ...chat.pending.filter((p) => p.clientId !== action.clientId),
          { clientId: action.clientId, body: action.body, failed: false },
        ],
      }));
    case 'pendingFailed':
      return update(state, action.id, (chat) => ({
        ...chat,
        pending: chat.pending.map((p) => (p.clientId === action.clientId ? { ...p, failed: true } : p)),
      }));
    case 'notes':
      return update(state, action.id, (chat) => ({
        ...chat,
        notes: mergeNotes(
          chat.notes,
          action.notes.filter((note) => !note.whisper),
        ),
        whispers: mergeWhispers(
          chat.whispers,
          action.notes
            .filter((note) => note.whisper)
            .map((note) => ({ conversationId: chat.id, body: note.body, from: { alias: note.author }, at: note.at })),
        ),
      }));
    case 'typing':
      return update(state, action.id, (chat) => ({ ...chat, visitorTyping: action.typing }));
    case 'ended':
      return update(state, action.id, (chat) => ({
        ...chat,
        status: 'ended',
        endedBy: action.endedBy,
        endReason: action.reason ?? chat.endReason,
        visitorTyping: false,
      }));
    case 'visitorPresence':
      return update(state, action.id, (chat) => ({
        ...chat,
        visitorGoneSince: action.online ? null : action.since,
        visitorTyping: action.online ? chat.visitorTyping : false,
      }));
    case 'whisper':
      return update(state, action.whisper.conversationId, (chat) => ({
        ...chat,
        whispers: mergeWhispers(chat.whispers, [action.whisper]),
      }));
    case 'asked':
      return update(state, action.id, (chat) => ({ ...chat, [action.about]: action.asked }));
    case 'remove': {
      const chats = state.chats.filter((chat) => chat.id !== action.id);
      const activeId = state.activeId === action.id ? (chats[0]?.id ?? null) : state.activeId;
      return { ...state, chats, activeId, announced: state.announced.filter((id) => id !== action.id) };
    }
    case 'handedOver':
      return {
        ...update(state, action.id, (chat) => ({ ...chat, origin: 'transferred' })),
        activeId: action.focus ? action.id : state.activeId,
      };
    case 'activate':
      return { ...state, activeId: action.id };
    case 'seen':
      return {
        ...update(state, action.id, (chat) => ({ ...chat, unread: 0 })),
        announced: state.announced.filter((id) => id !== action.id),
      };
  }
};
