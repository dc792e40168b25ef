import { conversations, type Database, type Executor, messages } from '@helpline/db';
import { type Message, type Sender, SystemNotice, systemFallback } from '@helpline/shared';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import { open, seal } from '../crypto/message-crypto';
import type { DataKeys } from './data-keys';

type MessageRow = typeof messages.$inferSelect;
type ConversationRow = typeof conversations.$inferSelect;
/** Checks the conversation inside the send's transaction; throws an AppError to refuse. */
export type Guard = (conversation: ConversationRow) => void;

class AlreadyStored extends Error {}

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

  /** The stored message of this sender (and, for staff, this member) with this client id; never another's. */
  const existing = async (tx: Executor, input: SendInput & { clientId: string }) => {
    const [row] = await tx
      .select()
      .from(messages)
      .where(
        and(
          eq(messages.conversationId, input.conversationId),
          eq(messages.sender, input.sender),
          eq(messages.clientId, input.clientId),
        ),
      );
    if (!row) return null;
    if (row.senderStaffId !== (input.senderStaffId ?? null))
      throw new AppError('CONFLICT', 'This message id is already in use: send it with a new one');
    return toMessage(row, await keyOf(tx, input.conversationId));
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

  return {
    insert,
    /** A system message in the caller's transaction, whatever the conversation's status; sealed like any message. */
    insertSystem: async (tx: Executor, conversationId: string, notice: SystemNotice) => {
      const result = await insert(tx, { conversationId, sender: 'system', body: JSON.stringify(notice) });
      if (!result) throw new Error('a system message has no client id to collide');
      return result.message;
    },
    /**
     * Acknowledged only after this resolves, i.e. after the commit: two statements in the common case. A resend of a
     * stored client id (also after the chat ended, when its first ack was lost) returns the stored message.
     */
    send: async (input: SendInput, guard: Guard) => {
      try {
        const stored = await db.transaction(async (tx) => {
          const result = await insert(tx, input, guard);
          if (!result) throw new AlreadyStored();
          return result;
        });
        return { ...stored, isNew: true };
      } catch (error) {
        const { clientId } = input;
        if (!clientId || !(error instanceof AlreadyStored || error instanceof AppError)) throw error;
        const [conversation] = await db.select().from(conversations).where(eq(conversations.id, input.conversationId));
        const found = conversation ? await existing(db, { ...input, clientId }) : null;
        if (!conversation || !found) throw error;
        guard({ ...conversation, status: 'active' });
        return { conversation, message: found, isNew: false };
      }
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
