import { conversations, type Database, type Executor, messages } from '@helpline/db';
import { type Message, type Sender, SystemNotice, systemFallback } from '@helpline/shared';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { createBatcher, failed, type Outcome } from '../../batching/batcher';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import { open, seal } from '../crypto/message-crypto';
import type { DataKeys } from './data-keys';
import {
  type Guard,
  type PendingSend,
  ResendInBatch,
  type Sent,
  storeBatch,
  storeBatchCarefully,
} from './message-batch';

export type MessageRow = typeof messages.$inferSelect;

/** A system message is sealed as its notice (code and parameters); older ones hold plain text. */
const decodeNotice = (text: string): SystemNotice | null => {
  try {
    const parsed = SystemNotice.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};
export type SendInput = {
  conversationId: string;
  sender: Sender;
  senderStaffId?: string;
  clientId?: string;
  body: string;
};

type Deps = { db: Database; dataKeys: DataKeys; clock: Clock; lanes?: number };

/** A conversation's lane: the same one for all its sends, so they are stored in the order they came. */
const laneOf = (conversationId: string, lanes: number) => (Number.parseInt(conversationId.slice(-4), 16) || 0) % lanes;

/**
 * Messages: sealed at rest, seq per conversation without gaps, idempotent by client id. Sends are stored in batches
 * (group commit) in `lanes` independent lanes (batches of different lanes can commit together on PostgreSQL).
 */
export const createMessageService = ({ db, dataKeys, clock, lanes = 1 }: Deps) => {
  const keyOf = async (tx: Executor, conversationId: string) => {
    const [c] = await tx
      .select({ id: conversations.id, keyId: conversations.keyId, wrappedKey: conversations.wrappedKey })
      .from(conversations)
      .where(eq(conversations.id, conversationId));
    if (!c) throw new AppError('NOT_FOUND', 'No such conversation');
    return dataKeys.of(c);
  };

  const toMessage = (row: MessageRow, dataKey: Uint8Array): Message => {
    const text = open(
      {
        conversationId: row.conversationId,
        seq: row.seq,
        kind: 'message',
        ciphertext: row.ciphertext,
        nonce: row.nonce,
      },
      dataKey,
    );
    const notice = row.sender === 'system' ? decodeNotice(text) : null;
    return {
      id: row.id,
      conversationId: row.conversationId,
      seq: row.seq,
      sender: row.sender,
      body: notice ? systemFallback(notice) : text,
      sentAt: row.sentAt.toISOString(),
      ...(row.clientId ? { clientId: row.clientId } : {}),
      ...(notice ? { system: notice } : {}),
    };
  };

  const store = async (batch: PendingSend[]) => {
    const deps = { dataKeys, now: clock.now(), toMessage };
    try {
      return await db.transaction((tx) => storeBatch(tx, batch, deps));
    } catch (error) {
      if (!(error instanceof ResendInBatch)) throw error;
      return db.transaction((tx) => storeBatchCarefully(tx, batch, deps));
    }
  };
  const storeEach = async (batch: PendingSend[]) => {
    try {
      return await store(batch);
    } catch (error) {
      if (batch.length === 1) return [failed<Sent>(error)];
      // What the database refused for one send must not fail the others: each is stored on its own, in order.
      const outcomes: Outcome<Sent>[] = [];
      for (const send of batch)
        outcomes.push(await store([send]).then(([outcome]) => outcome ?? failed<Sent>(error), failed<Sent>));
      return outcomes;
    }
  };
  const laneBatchers = Array.from({ length: lanes }, () => createBatcher(storeEach));

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
      const sealed = seal({ conversationId, seq, kind: 'message', body: JSON.stringify(notice) }, dataKey);
      const [row] = await tx
        .insert(messages)
        .values({ conversationId, seq, sender: 'system', sentAt: clock.now(), ...sealed })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      return toMessage(row, dataKey);
    },
    /**
     * Acknowledged only after this resolves, i.e. after the commit. Sends arriving while a batch is being stored go
     * together in the next one (group commit). A resend of a stored client id (also after the chat ended, when its
     * first ack was lost) answers the stored message.
     */
    send: (input: SendInput, guard: Guard) => {
      const lane = laneBatchers[laneOf(input.conversationId, lanes)];
      if (!lane) throw new Error(`no lane among ${lanes}`);
      return lane({ input, guard });
    },
    after: async (conversationId: string, afterSeq = 0): Promise<Message[]> => {
      const rows = await db
        .select()
        .from(messages)
        .where(and(eq(messages.conversationId, conversationId), gt(messages.seq, afterSeq)))
        .orderBy(asc(messages.seq));
      if (rows.length === 0) return [];
      const dataKey = await keyOf(db, conversationId);
      return rows.map((row) => toMessage(row, dataKey));
    },
  };
};

export type MessageService = ReturnType<typeof createMessageService>;
