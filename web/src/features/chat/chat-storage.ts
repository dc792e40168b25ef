import type { ProgrammeId } from '@helpline/shared/domain';
import type { EndReason, Outgoing } from './chat-state';
import { asLines, type CrisisLine } from './crisis-lines';

/**
 * The visitor's state lives only in this tab's sessionStorage (gone when the tab closes, cleared by quick exit):
 * the anonymous token, the open conversation, messages not yet acknowledged, the draft, and the crisis lines shown.
 */
const KEYS = {
  token: 'helpline.token',
  chat: 'helpline.chat',
  outbox: 'helpline.outbox',
  draft: 'helpline.draft',
  crisis: 'helpline.crisis',
};

export type StoredChat = {
  conversationId: string;
  programme: ProgrammeId;
  counsellor: string | null;
  endReason?: EndReason;
};

const read = <T>(key: string): T | null => {
  try {
    const raw = sessionStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as T);
  } catch {
    return null;
  }
};
const write = (key: string, value: unknown) => {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the chat still works in memory.
  }
};

export const chatStorage = {
  /** The token is kept as it is, a plain string. */
  token: () => {
    try {
      return sessionStorage.getItem(KEYS.token);
    } catch {
      return null;
    }
  },
  setToken: (token: string) => {
    try {
      sessionStorage.setItem(KEYS.token, token);
    } catch {
      // Blocked storage: this tab gets a new anonymous session on its next connection.
    }
  },
  chat: () => read<StoredChat>(KEYS.chat),
  setChat: (chat: StoredChat | null) => write(KEYS.chat, chat),
  outbox: () => read<Outgoing[]>(KEYS.outbox) ?? [],
  setOutbox: (outbox: Outgoing[]) => write(KEYS.outbox, outbox.length ? outbox : null),
  draft: () => read<string>(KEYS.draft) ?? '',
  setDraft: (draft: string) => write(KEYS.draft, draft || null),
  /** The crisis lines this tab was shown: they stay, through a new chat too, until the tab closes or quick exit. */
  crisis: () => asLines(read<unknown>(KEYS.crisis)),
  setCrisis: (lines: CrisisLine[]) => write(KEYS.crisis, lines.length ? lines : null),
  /** A new conversation starts clean; the token stays so the server knows this tab until it forgets it. */
  clearConversation: () => {
    for (const key of [KEYS.chat, KEYS.outbox, KEYS.draft]) write(key, null);
  },
};
