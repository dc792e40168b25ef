import { conversations, type Database, type Executor, messages } from '@helpline/db';
import type { Message, Sender } from '@helpline/shared';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Clock } from '../../clock';
import { AppError } from '../../http/app-error';
import { open, seal } from '../crypto/message-crypto';
import type { DataKeys } from './data-keys';

type MessageRow = typeof messages.$inferSelect;
export type SendInput = {
  conversationId: string;
  sender: Sender;
  senderStaffId?: string;
  clientId?: string;
  body: string;
};

const isUniqueViolation = (error: unknown) => {
  const e = error as { code?: string; cause?: { code?: string } };
  return e.code === '23505' || e.cause?.code === '23505';
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

  const toMessage = (row: MessageRow, dataKey: Uint8Array): Message => ({
    id: row.id,
    conversationId: row.conversationId,
    seq: row.seq,
    sender: row.sender,
    body: open(
      {
        conversationId: row.conversationId,
        seq: row.seq,
        kind: 'message',
        ciphertext: row.ciphertext,
        nonce: row.nonce,
      },
      dataKey,
    ),
    sentAt: row.sentAt.toISOString(),
    ...(row.clientId ? { clientId: row.clientId } : {}),
  });

  const existing = async (tx: Executor, conversationId: string, clientId: string) => {
    const [row] = await tx
      .select()
      .from(messages)
      .where(and(eq(messages.conversationId, conversationId), eq(messages.clientId, clientId)));
    return row ? toMessage(row, await keyOf(tx, conversationId)) : null;
  };

  /**
   * Stores one message in the caller's transaction (or its own). The seq comes from bumping the conversation's
   * counter, which locks the row until commit: concurrent sends queue up and seq has no gaps (a rollback undoes it).
   * `activeOnly` refuses conversations that are not active (visitors and counsellors); system messages pass.
   */
  const insert = async (tx: Executor, input: SendInput, activeOnly: boolean): Promise<Message> => {
    if (input.clientId) {
      const found = await existing(tx, input.conversationId, input.clientId);
      if (found) return found;
    }
    const [bumped] = await tx
      .update(conversations)
      .set({ lastSeq: sql`${conversations.lastSeq} + 1` })
      .where(
        and(eq(conversations.id, input.conversationId), activeOnly ? eq(conversations.status, 'active') : undefined),
      )
      .returning({ seq: conversations.lastSeq, keyId: conversations.keyId, wrappedKey: conversations.wrappedKey });
    if (!bumped) throw new AppError('CONFLICT', 'This conversation is not active');
    const dataKey = dataKeys.of({ id: input.conversationId, ...bumped });
    const sealed = seal(
      { conversationId: input.conversationId, seq: bumped.seq, kind: 'message', body: input.body },
      dataKey,
    );
    const [row] = await tx
      .insert(messages)
      .values({
        conversationId: input.conversationId,
        seq: bumped.seq,
        sender: input.sender,
        senderStaffId: input.senderStaffId ?? null,
        clientId: input.clientId ?? null,
        sentAt: clock.now(),
        ...sealed,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    return toMessage(row, dataKey);
  };

  return {
    insert,
    /** Acknowledged only after this resolves, i.e. after the commit. A racing resend returns the stored message. */
    send: async (input: SendInput): Promise<Message> => {
      try {
        return await db.transaction((tx) => insert(tx, input, true));
      } catch (error) {
        if (input.clientId && isUniqueViolation(error)) {
          const found = await existing(db, input.conversationId, input.clientId);
          if (found) return found;
        }
        throw error;
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
