import { randomUUID } from 'node:crypto';
import type { AckResult, ConversationResume, ConversationResumeAnswer, Message, MessageSend } from '@helpline/shared';
import { createCatchUp, createOutbox, type Outbox, type Refused } from '@helpline/shared/client';

/** The two events a side sends, on the visitor's or the counsellor's socket (both carry them). */
export type ChatAsk = {
  send: (payload: MessageSend) => Promise<AckResult<{ message: Message }> | Refused>;
  resume: (payload: ConversationResume) => Promise<AckResult<ConversationResumeAnswer> | Refused>;
};

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
const RETRYABLE = ['UNAVAILABLE', 'RATE_LIMITED'];
const RETRY_MS = 1000;

/**
 * One side of one chat, as the web clients keep it: every message once by seq (live, from acks, from resumes), its own
 * messages sent through the shared outbox (one after another, each resent with the same clientId until acknowledged).
 * `link.ask` sends once the link is connected and caught up (`isReady`); a send unanswered while it is not goes again
 * on `flush`.
 */
export const createChatSide = (
  conversationId: string,
  label: string,
  sender: 'visitor' | 'counsellor',
  link: { ask: ChatAsk; isReady: () => boolean },
) => {
  const view = new Map<number, Message>();
  const sent: Outgoing[] = [];
  const errors = new Map<string, number>();
  let upTo = 0;
  /** `lateArrivals`: live messages or acks that came after one with a higher seq (the server relayed them out of order). */
  const counts = { gapResumes: 0, resumes: 0, lateArrivals: 0 };
  let highest = 0;
  let refusal: string | null = null;
  let awaiting = false;
  let outbox: Outbox | null = null;

  const add = (m: Message) => {
    view.set(m.seq, m);
    while (view.has(upTo + 1)) upTo += 1;
  };
  const resume = async (ask: ChatAsk) => {
    const answer = await ask.resume({ conversationId, afterSeq: upTo });
    if (!answer.ok) throw new Error(`resume failed: ${answer.error.code}`);
    counts.resumes += 1;
    for (const m of answer.conversation.messages) add(m);
  };
  const catchUp = createCatchUp(() => {
    counts.gapResumes += 1;
    return resume(link.ask);
  });
  /** A message past a gap means some were missed live (a process died before relaying them): resume fetches them. */
  const receive = (m: Message) => {
    const gap = m.seq > upTo + 1;
    if (m.seq < highest && !view.has(m.seq)) counts.lateArrivals += 1;
    highest = Math.max(highest, m.seq);
    add(m);
    if (gap) catchUp(conversationId);
  };

  /** Sends until `stopping()`, pausing about `paceMs` after each acknowledged message; the last one is always acked. */
  const run = async (pacer: Pacer, paceMs: number, stopping: () => boolean) => {
    let settle = () => {};
    let lastCode = '';
    const lines = createOutbox({
      sender,
      send: async ({ clientId, body }) => {
        const out = sent.find((o) => o.clientId === clientId);
        awaiting = true;
        const answer = await link.ask.send({ conversationId, clientId, body });
        awaiting = false;
        if (answer.ok || !out) return answer;
        lastCode = answer.error.code;
        if (lastCode === 'NO_ANSWER') out.unanswered += 1;
        else errors.set(lastCode, (errors.get(lastCode) ?? 0) + 1);
        return answer;
      },
      canSend: () => true,
      isConnected: link.isReady,
      onChange: () => {
        if (!lines.entries().some((o) => o.state === 'failed')) return;
        // Unanswered while the link was up (an ack that timed out): again at once, as after a drop.
        if (lastCode === 'NO_ANSWER') return void lines.flush();
        refusal = lastCode;
        settle();
      },
      onStored: (message) => {
        const out = sent.find((o) => o.clientId === message.clientId);
        if (out)
          out.ack = { seq: message.seq, id: message.id, at: performance.now(), storedAt: Date.parse(message.sentAt) };
        receive(message);
        settle();
      },
      retryOn: RETRYABLE,
      retryMs: RETRY_MS,
    });
    outbox = lines;
    for (let n = 1; !stopping() && !refusal; n += 1) {
      const out: Outgoing = {
        clientId: randomUUID(),
        body: `${label} ${n}`,
        unanswered: 0,
        firstSentAt: performance.now(),
      };
      sent.push(out);
      const settled = new Promise<void>((resolve) => {
        settle = resolve;
      });
      void lines.add(out.clientId, out.body);
      await settled;
      if (refusal) return;
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
    /** After a reconnect (caught up): what went unanswered while the link was down goes again, same clientId. */
    flush: () => void outbox?.flush(),
    /** Acknowledged messages, and those acknowledged after `at`. */
    acked: (after = 0) => sent.filter((o) => o.ack && o.ack.at > after).length,
  };
};
export type ChatSide = ReturnType<typeof createChatSide>;
