import { randomUUID } from 'node:crypto';
import { conversations, type Executor, messages } from '@helpline/db';
import type { Message } from '@helpline/shared';
import { and, asc, inArray, sql } from 'drizzle-orm';
import { failed, type Outcome, succeeded } from '../../batching/batcher';
import { AppError } from '../../errors';
import { seal } from '../crypto/message-crypto';
import type { DataKeys } from './data-keys';
import type { Guard, MessageRow, SendInput } from './message.service';

type ConversationRow = typeof conversations.$inferSelect;
export type PendingSend = { input: SendInput; guard: Guard };
export type Sent = { conversation: ConversationRow; message: Message; isNew: boolean };

const keyOf = (c: { conversationId: string; sender: string; clientId?: string | null }) =>
  `${c.conversationId}|${c.sender}|${c.clientId}`;

/**
 * Stores a batch of sends in the caller's transaction with a fixed number of statements, however many there are:
 * lock their conversations (in id order, so concurrent batches never deadlock), find client ids already stored, then
 * one update of the seq counters and one insert. Each send gets its own outcome: a refused guard or a resend never
 * costs a seq, so seq stays without gaps, and a resend (in an earlier batch or this one) answers the stored message.
 */
export const storeBatch = async (
  tx: Executor,
  batch: PendingSend[],
  deps: { dataKeys: DataKeys; now: Date; toMessage: (row: MessageRow, dataKey: Uint8Array) => Message },
): Promise<Outcome<Sent>[]> => {
  const ids = [...new Set(batch.map((s) => s.input.conversationId))].sort();
  const locked = await tx
    .select()
    .from(conversations)
    .where(inArray(conversations.id, ids))
    .orderBy(asc(conversations.id))
    .for('update');
  const byId = new Map(locked.map((row) => [row.id, row]));
  const clientIds = batch.flatMap((s) => (s.input.clientId ? [s.input.clientId] : []));
  const stored = clientIds.length
    ? await tx
        .select()
        .from(messages)
        .where(and(inArray(messages.conversationId, ids), inArray(messages.clientId, clientIds)))
    : [];
  const earlier = new Map<string, { message: Message; senderStaffId: string | null }>();
  for (const row of stored) {
    const conversation = byId.get(row.conversationId);
    if (conversation)
      earlier.set(keyOf(row), {
        message: deps.toMessage(row, deps.dataKeys.of(conversation)),
        senderStaffId: row.senderStaffId,
      });
  }

  const inserts: (typeof messages.$inferInsert)[] = [];
  const outcomes = batch.map(({ input, guard }): Outcome<Sent> => {
    try {
      const conversation = byId.get(input.conversationId);
      if (!conversation) throw new AppError('NOT_FOUND', 'No such conversation');
      const previous = input.clientId ? earlier.get(keyOf(input)) : undefined;
      if (previous) {
        if (previous.senderStaffId !== (input.senderStaffId ?? null))
          throw new AppError('CONFLICT', 'This message id is already in use: send it with a new one');
        // A resend after the chat ended (its first ack was lost) still answers the stored message.
        guard({ ...conversation, status: 'active' });
        return succeeded({ conversation, message: previous.message, isNew: false });
      }
      guard(conversation);
      const seq = conversation.lastSeq + 1;
      const dataKey = deps.dataKeys.of(conversation);
      const sealed = seal({ conversationId: conversation.id, seq, kind: 'message', body: input.body }, dataKey);
      const row = {
        id: randomUUID(),
        conversationId: conversation.id,
        seq,
        sender: input.sender,
        senderStaffId: input.senderStaffId ?? null,
        clientId: input.clientId ?? null,
        sentAt: deps.now,
        ...sealed,
      };
      inserts.push(row);
      const bumped = { ...conversation, lastSeq: seq };
      byId.set(conversation.id, bumped);
      const message: Message = {
        id: row.id,
        conversationId: row.conversationId,
        seq,
        sender: input.sender,
        body: input.body,
        sentAt: deps.now.toISOString(),
        ...(input.clientId ? { clientId: input.clientId } : {}),
      };
      if (input.clientId) earlier.set(keyOf(input), { message, senderStaffId: row.senderStaffId });
      return succeeded({ conversation: bumped, message, isNew: true });
    } catch (error) {
      return failed(error);
    }
  });
  if (inserts.length === 0) return outcomes;
  const written = new Set(inserts.map((m) => m.conversationId));
  const counters = [...byId.values()].filter((row) => written.has(row.id));
  await tx.execute(sql`update ${conversations} set last_seq = v.last_seq
    from (values ${sql.join(
      counters.map((row) => sql`(${row.id}::uuid, ${row.lastSeq}::integer)`),
      sql`, `,
    )}) as v(id, last_seq) where ${conversations.id} = v.id`);
  await tx.insert(messages).values(inserts);
  return outcomes;
};
