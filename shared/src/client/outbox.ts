import type { Message } from '../events/shapes';
import type { Refused } from './ask';
import { timers } from './timers';

/** One message written and not yet stored: `failed` once refused (the writer may retry it). */
export type Outgoing = { clientId: string; body: string; state: 'sending' | 'failed' };

/** After UNAVAILABLE (the server's database is restarting): the same message again, same clientId, after this. */
export const RETRY_MS = 2000;

export type OutboxOptions = {
  /** Who writes (`visitor`, `counsellor`): their own stored messages settle entries. */
  sender: Message['sender'];
  /** Sends one message; every try of an entry carries its same clientId, so the server stores it once. */
  send: (entry: { clientId: string; body: string }) => Promise<{ ok: true; message: Message } | Refused>;
  /** Whether sending may start now (connected, the conversation open); if not, entries wait for the next `flush`. */
  canSend: () => boolean;
  /** Whether the connection is up: a send unanswered while it is down goes again on reconnect, not marked failed. */
  isConnected: () => boolean;
  /** An entry was added, changed state, or left (stored): `entries()` is the new list. */
  onChange: () => void;
  /** The server stored an entry: its message, from the ack. */
  onStored: (message: Message) => void;
  /** Refusals waited out and tried again, same clientId; `UNAVAILABLE` by default. */
  retryOn?: readonly string[];
  retryMs?: number;
};

/**
 * The messages one writer has for one conversation, sent one after another in the order they were written, so the
 * server stores them in that order: a refused one stops the line until it is retried, and one answered UNAVAILABLE
 * goes again (same clientId) before anything written after it.
 */
export const createOutbox = ({
  sender,
  send,
  canSend,
  isConnected,
  onChange,
  onStored,
  retryOn = ['UNAVAILABLE'],
  retryMs = RETRY_MS,
}: OutboxOptions) => {
  let entries: Outgoing[] = [];
  let flushing = false;
  let flushAgain = false;
  let retryTimer: unknown;

  const update = (next: Outgoing[]) => {
    entries = next;
    onChange();
  };
  const mark = (clientId: string, state: Outgoing['state']) =>
    update(entries.map((o) => (o.clientId === clientId ? { ...o, state } : o)));

  const flush = async (): Promise<void> => {
    if (flushing) {
      flushAgain = true;
      return;
    }
    flushing = true;
    try {
      do {
        flushAgain = false;
        for (const { clientId, body } of entries) {
          if (!canSend()) return;
          if (!entries.some((o) => o.clientId === clientId)) continue;
          mark(clientId, 'sending');
          const answer = await send({ clientId, body });
          if (answer.ok) {
            onStored(answer.message);
            if (entries.some((o) => o.clientId === clientId)) update(entries.filter((o) => o.clientId !== clientId));
            continue;
          }
          if (retryOn.includes(answer.error.code)) {
            timers.clearTimeout(retryTimer);
            retryTimer = timers.setTimeout(() => void flush(), retryMs);
            break;
          }
          // Lost connection: it goes again on reconnect. Refused or unanswered: the writer retries.
          if (isConnected()) mark(clientId, 'failed');
          break;
        }
      } while (flushAgain);
    } finally {
      flushing = false;
    }
  };

  return {
    entries: (): readonly Outgoing[] => entries,
    /** Queues a message (or, with a clientId already queued, tries that one again) and sends what can go. */
    add: (clientId: string, body: string) => {
      const queued = entries.some((o) => o.clientId === clientId);
      update(queued ? entries : [...entries, { clientId, body, state: 'sending' }]);
      return flush();
    },
    flush,
    /** Drops the entries among `messages` (seen live or in a resume: stored, their ack lost). */
    settle: (messages: readonly Message[]) => {
      const stored = new Set(messages.filter((m) => m.sender === sender).map((m) => m.clientId));
      if (entries.some((o) => stored.has(o.clientId))) update(entries.filter((o) => !stored.has(o.clientId)));
    },
    /** Starts over with `list` (restored after a reload, or empty for a new conversation). */
    reset: (list: readonly Outgoing[] = []) => {
      timers.clearTimeout(retryTimer);
      update([...list]);
    },
    stop: () => timers.clearTimeout(retryTimer),
  };
};
export type Outbox = ReturnType<typeof createOutbox>;
