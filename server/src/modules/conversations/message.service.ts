import { conversations, type Database, type Executor, messages, staff } from '@helpline/db';
import type { Message, SystemNotice } from '@helpline/shared';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { createBatcher, failed, type Outcome } from '../../batching/batcher';
import type { Clock } from '../../clock';
import { AppError, isUnreachable, unavailable } from '../../errors';
import type { DataKeys } from './data-keys';
import { type Guard, type PendingSend, type SendInput, type Sent, storeBatch } from './message-batch';
import { sealMessage, toMessage } from './message-codec';

/** One stored batch, for the metrics: how many sends it took, how long the store took, the senders of new messages. */
export type BatchStored = { size: number; seconds: number; stored: Message['sender'][] };

type Deps = { db: Database; dataKeys: DataKeys; clock: Clock; onBatch?: (batch: BatchStored) => void };

/**
 * Every send is answered within this time, UNAVAILABLE if it was not stored by then: a database that stops answering
 * (hung, or the network to it dead) leaves a query waiting with no timeout of its own, and postgres.js waits 10 s for a
 * connection, longer than the visitor's page waits for an ack (8 s). Far above a batch's time under load (ms).
 */
export const SEND_DEADLINE_MS = 5000;

/**
 * Messages: sealed at rest, seq per conversation without gaps, idempotent by client id. Sends are stored in batches,
 * one at a time (group commit): a process stores its sends in the order they came, and under load a batch grows
 * instead of queueing transactions (one lane measured faster than two or four on PostgreSQL: docs/BENCHMARKS.md).
 */
export const createMessageService = ({ db, dataKeys, clock, onBatch }: Deps) => {
  const keyOf = async (tx: Executor, conversationId: string) => {
    const [c] = await tx
      .select({ id: conversations.id, keyId: conversations.keyId, wrappedKey: conversations.wrappedKey })
      .from(conversations)
      .where(eq(conversations.id, conversationId));
    if (!c) throw new AppError('NOT_FOUND', 'No such conversation');
    return dataKeys.of(c);
  };

  const store = (batch: PendingSend[]) => db.transaction((tx) => storeBatch(tx, batch, { dataKeys, now: clock.now() }));
  const storeEach = async (batch: PendingSend[]) => {
    try {
      return await store(batch);
    } catch (error) {
      // A database out of reach refuses every send alike: the batch fails at once (one at a time, a hung database
      // would cost one connect timeout per send on the only lane, and store later what was answered UNAVAILABLE).
      if (batch.length === 1 || isUnreachable(error)) return batch.map(() => failed<Sent>(error));
      // What the database refused for one send must not fail the others: each is stored on its own, in order.
      const outcomes: Outcome<Sent>[] = [];
      for (const send of batch) {
        const outcome = await store([send]).then(([stored]) => stored ?? failed<Sent>(error), failed<Sent>);
        // Out of reach part way: the rest are not tried.
        if (!outcome.ok && isUnreachable(outcome.error))
          return [...outcomes, ...batch.slice(outcomes.length).map(() => outcome)];
        outcomes.push(outcome);
      }
      return outcomes;
    }
  };
  const storeObserved = async (batch: PendingSend[]) => {
    const started = performance.now();
    const outcomes = await storeEach(batch);
    onBatch?.({
      size: batch.length,
      seconds: (performance.now() - started) / 1000,
      stored: outcomes.flatMap((o) => (o.ok && o.value.isNew ? [o.value.message.sender] : [])),
    });
    return outcomes;
  };
  const sendBatched = createBatcher(storeObserved, { deadline: { ms: SEND_DEADLINE_MS, expired: unavailable } });

  return {
    /**
     * A system message in the caller's transaction, whatever the conversation's status; sealed like any message. Its
     * seq comes from bumping the counter, which locks the row until commit, so seq has no gaps.
     */
    insertSystem: async (tx: Executor, conversationId: string, notice: SystemNotice) => {
      const [conversation] = await tx
        .update(conversations)
        .set({ lastSeq: sql`${conversations.lastSeq} + 1` })
        .where(eq(conversations.id, conversationId))
        .returning({
          id: conversations.id,
          keyId: conversations.keyId,
          wrappedKey: conversations.wrappedKey,
          lastSeq: conversations.lastSeq,
        });
      if (!conversation) throw new AppError('NOT_FOUND', 'No such conversation');
      const { lastSeq: seq } = conversation;
      const dataKey = dataKeys.of(conversation);
      const sealed = sealMessage({ conversationId, seq }, JSON.stringify(notice), dataKey);
      const [row] = await tx
        .insert(messages)
        .values({ conversationId, seq, sender: 'system', sentAt: clock.now(), ...sealed })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      return toMessage(row, dataKey);
    },
    /**
     * Acknowledged only after this resolves, i.e. after the commit. Sends arriving while a batch is being stored go
     * together in the next one (group commit). A resend of a stored client id (its first ack was lost) answers the
     * stored message; the guard checks it like a new send, so once the chat has ended it is refused like any message.
     */
    send: (input: SendInput, guard: Guard) => sendBatched({ input, guard }),
    /** Resolves once every send taken so far is stored (or refused) and answered: a drain waits for it. */
    flush: () => sendBatched.flush(),
    /** A conversation's messages after `afterSeq`, each counsellor message with the alias of who wrote it. */
    after: async (conversationId: string, afterSeq = 0): Promise<Message[]> => {
      const rows = await db
        .select({ row: messages, alias: staff.alias })
        .from(messages)
        .leftJoin(staff, eq(staff.id, messages.senderStaffId))
        .where(and(eq(messages.conversationId, conversationId), gt(messages.seq, afterSeq)))
        .orderBy(asc(messages.seq));
      if (rows.length === 0) return [];
      const dataKey = await keyOf(db, conversationId);
      return rows.map(({ row, alias }) => {
        const message = toMessage(row, dataKey);
        return row.sender === 'counsellor' && alias !== null ? { ...message, from: { alias } } : message;
      });
    },
  };
};

export type MessageService = ReturnType<typeof createMessageService>;
