import { randomUUID } from 'node:crypto';
import type { Message } from '@helpline/shared';
import type { Answer } from './link';
import { delay } from './wait';

type Ask = (event: string, payload: unknown) => Promise<Answer>;

export type Outgoing = {
  clientId: string;
  body: string;
  /** Sends of it that got no answer at all (the connection dropped): each one was sent again, same clientId. */
  unanswered: number;
  firstSentAt: number;
  /** `storedAt`: the server's time of storing it (ms since the epoch), against the wall-clock time of a fault. */
  ack?: { seq: number; id: string; at: number; storedAt: number };
};

/** What paces a sender: a pause after each acknowledged message, cut short when the load is told to hurry. */
export type Pacer = { pause: (ms: number) => Promise<void> };

/** Refusals a sender waits out and then sends again with the same clientId ("try again"). */
const RETRYABLE = new Set(['UNAVAILABLE', 'RATE_LIMITED']);
const RETRY_MS = 1000;

/**
 * One side of one chat, as the web clients keep it: every message once by seq (live, from acks, from resumes), its own
 * messages sent one after another, each resent with the same clientId until acknowledged.
 */
export const createChatSide = (conversationId: string, label: string) => {
  const view = new Map<number, Message>();
  const sent: Outgoing[] = [];
  const errors = new Map<string, number>();
  let pending: Outgoing | null = null;
  let upTo = 0;
  let catchingUp: Promise<void> | null = null;
  /** `lateArrivals`: live messages or acks that came after one with a higher seq (the server relayed them out of order). */
  const counts = { gapResumes: 0, resumes: 0, lateArrivals: 0 };
  let highest = 0;
  let refusal: string | null = null;
  let awaiting = false;

  const add = (m: Message) => {
    view.set(m.seq, m);
    while (view.has(upTo + 1)) upTo += 1;
  };
  const resume = async (ask: Ask) => {
    const answer = await ask('conversation:resume', { conversationId, afterSeq: upTo });
    if (!answer?.ok) throw new Error(`resume failed: ${answer?.error?.code ?? 'no answer'}`);
    counts.resumes += 1;
    for (const m of answer.conversation.messages as Message[]) add(m);
  };
  /** A message past a gap means some were missed live (a process died before relaying them): resume fetches them. */
  const receive = (m: Message, ask: Ask) => {
    const gap = m.seq > upTo + 1;
    if (m.seq < highest && !view.has(m.seq)) counts.lateArrivals += 1;
    highest = Math.max(highest, m.seq);
    add(m);
    if (!gap || catchingUp) return;
    counts.gapResumes += 1;
    catchingUp = resume(ask)
      .catch(() => {})
      .finally(() => {
        catchingUp = null;
      });
  };

  /** Sends until `stopping()`, pausing about `paceMs` after each acknowledged message; the last one is always acked. */
  const run = async (ask: Ask, pacer: Pacer, paceMs: number, stopping: () => boolean) => {
    let n = 0;
    for (;;) {
      if (!pending) {
        if (stopping() || refusal) return;
        n += 1;
        pending = { clientId: randomUUID(), body: `${label} ${n}`, unanswered: 0, firstSentAt: performance.now() };
        sent.push(pending);
      }
      const out = pending;
      awaiting = true;
      const answer = await ask('message:send', { conversationId, clientId: out.clientId, body: out.body });
      awaiting = false;
      if (!answer) {
        out.unanswered += 1;
        continue;
      }
      if (!answer.ok) {
        const code = answer.error?.code ?? 'UNKNOWN';
        errors.set(code, (errors.get(code) ?? 0) + 1);
        if (!RETRYABLE.has(code)) {
          refusal = code;
          return;
        }
        await delay(RETRY_MS);
        continue;
      }
      const message = answer.message as Message;
      out.ack = { seq: message.seq, id: message.id, at: performance.now(), storedAt: Date.parse(message.sentAt) };
      receive(message, ask);
      pending = null;
      await pacer.pause(paceMs * (0.5 + Math.random()));
    }
  };

  return {
    conversationId,
    view,
    sent,
    errors,
    counts,
    refusal: () => refusal,
    /** A message of this side is on its way and not yet answered. */
    isAwaiting: () => awaiting,
    upTo: () => upTo,
    resume,
    receive,
    run,
    /** Acknowledged messages, and those acknowledged after `at`. */
    acked: (after = 0) => sent.filter((o) => o.ack && o.ack.at > after).length,
  };
};
export type ChatSide = ReturnType<typeof createChatSide>;
