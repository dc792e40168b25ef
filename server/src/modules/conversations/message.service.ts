import { conversations, type Database, type Executor, messages } from '@helpline/db';
import { type Message, type Sender, SystemNotice, systemFallback } from '@helpline/shared';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { createBatcher, failed, type Outcome } from '../../batching/batcher';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import { open, seal } from '../crypto/message-crypto';
import type { DataKeys } from './data-keys';
import { type PendingSend, type Sent, storeBatch } from './message-batch';

export type MessageRow = typeof messages.$inferSelect;
type ConversationRow = typeof conversations.$inferSelect;
/** Checks the conversation inside the send's transaction; throws an AppError to refuse. */
export type Guard = (conversation: ConversationRow) => void;

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

/** Messages: sealed at rest, seq per conversation without gaps, idempotent by client id. */
export const createMessageService = ({ db, dataKeys, clock }: { db: Database; dataKeys: DataKeys; clock: Clock }) => {
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

  /**
   * Stores one message in the caller's transaction. The seq comes from bumping the conversation's counter, which
   * locks the row until commit: concurrent sends queue up and seq has no gaps (a rollback undoes the bump).
   * `guard` sees the conversation inside the transaction (ownership, status); throwing there stores nothing.
   * Returns null when this client id is already stored (the caller rolls back and returns the stored one).
   */
  const insert = async (tx: Executor, input: SendInput, guard: Guard = () => {}) => {
    const [conversation] = await tx
      .update(conversations)
      .set({ lastSeq: sql`${conversations.lastSeq} + 1` })
      .where(eq(conversations.id, input.conversationId))
      .returning();
    if (!conversation) throw new AppError('NOT_FOUND', 'No such conversation');
    guard(conversation);
    const dataKey = dataKeys.of(conversation);
    const seq = conversation.lastSeq;
    const sealed = seal({ conversationId: input.conversationId, seq, kind: 'message', body: input.body }, dataKey);
    const [row] = await tx
      .insert(messages)
      .values({
        conversationId: input.conversationId,
        seq,
        sender: input.sender,
        senderStaffId: input.senderStaffId ?? null,
        clientId: input.clientId ?? null,
        sentAt: clock.now(),
        ...sealed,
      })
      .onConflictDoNothing({ target: [messages.conversationId, messages.sender, messages.clientId] })
      .returning();
    return row ? { conversation, message: toMessage(row, dataKey) } : null;
  };

  const store = (batch: PendingSend[]) =>
    db.transaction((tx) => storeBatch(tx, batch, { dataKeys, now: clock.now(), toMessage }));
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
  const sendBatched = createBatcher(storeEach);

  return {
    insert,
    /** A system message in the caller's transaction, whatever the conversation's status; sealed like any message. */
    insertSystem: async (tx: Executor, conversationId: string, notice: SystemNotice) => {
      const result = await insert(tx, { conversationId, sender: 'system', body: JSON.stringify(notice) });
      if (!result) throw new Error('a system message has no client id to collide');
      return result.message;
    },
    /**
     * Acknowledged only after this resolves, i.e. after the commit. Sends arriving while a batch is being stored go
     * together in the next one (group commit). A resend of a stored client id (also after the chat ended, when its
     * first ack was lost) answers the stored message.
     */
    send: (input: SendInput, guard: Guard) => sendBatched({ input, guard }),
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
