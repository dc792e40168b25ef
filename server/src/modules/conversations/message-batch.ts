import { randomUUID } from 'node:crypto';
import { conversations, type Executor, messages, rowsOf } from '@helpline/db';
import type { Message } from '@helpline/shared';
import { and, asc, inArray, type SQL, sql } from 'drizzle-orm';
import { failed, type Outcome, succeeded } from '../../batching/batcher';
import { AppError } from '../../errors';
import { seal } from '../crypto/message-crypto';
import type { DataKeys } from './data-keys';
import type { MessageRow, SendInput } from './message.service';

type ConversationRow = typeof conversations.$inferSelect;
/** The columns of a conversation a send needs: who is in it, its programme, state, key and seq counter. */
export type MessageParty = Pick<
  ConversationRow,
  'id' | 'programmeId' | 'status' | 'visitorId' | 'counsellorId' | 'keyId' | 'wrappedKey' | 'lastSeq'
>;
const partyColumns = {
  id: conversations.id,
  programmeId: conversations.programmeId,
  status: conversations.status,
  visitorId: conversations.visitorId,
  counsellorId: conversations.counsellorId,
  keyId: conversations.keyId,
  wrappedKey: conversations.wrappedKey,
  lastSeq: conversations.lastSeq,
};
/** Checks the conversation inside the send's transaction; throws an AppError to refuse. */
export type Guard = (conversation: MessageParty) => void;
export type PendingSend = { input: SendInput; guard: Guard };
export type Sent = { conversation: MessageParty; message: Message; isNew: boolean };
type Deps = { dataKeys: DataKeys; now: Date; toMessage: (row: MessageRow, dataKey: Uint8Array) => Message };

/** A send of this batch repeats a client id stored before: the batch is rolled back and stored the careful way. */
export class ResendInBatch extends Error {}

const keyOf = (c: { conversationId: string; sender: string; clientId?: string | null }) =>
  `${c.conversationId}|${c.sender}|${c.clientId}`;
const valuesList = (rows: SQL[]) => sql.join(rows, sql`, `);

/** Sets each conversation's counter; the caller holds the rows' locks. */
const setCounters = (tx: Executor, parties: MessageParty[]) =>
  tx.execute(sql`update ${conversations} set last_seq = v.last_seq
    from (values ${valuesList(parties.map((p) => sql`(${p.id}::uuid, ${p.lastSeq}::integer)`))}) as v(id, last_seq)
    where ${conversations.id} = v.id`);

/**
 * Numbers and seals the sends the guards allow, in order, and answers resends. `locked` holds each conversation, its
 * counter at its value before this batch; answers the outcomes, the rows to insert and the counters after them.
 */
const storeAllowed = (
  batch: PendingSend[],
  locked: Map<string, MessageParty>,
  deps: Deps,
  earlier = new Map<string, { message: Message; senderStaffId: string | null }>(),
) => {
  const inserts: (typeof messages.$inferInsert)[] = [];
  const next = new Map([...locked].map(([id, row]) => [id, { ...row }]));
  const outcomes = batch.map(({ input, guard }): Outcome<Sent> => {
    try {
      const conversation = next.get(input.conversationId);
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
      conversation.lastSeq += 1;
      const { lastSeq: seq } = conversation;
      const sealed = seal(
        { conversationId: conversation.id, seq, kind: 'message', body: input.body },
        deps.dataKeys.of(conversation),
      );
      const senderStaffId = input.senderStaffId ?? null;
      const message: Message = {
        id: randomUUID(),
        conversationId: conversation.id,
        seq,
        sender: input.sender,
        body: input.body,
        sentAt: deps.now.toISOString(),
        ...(input.clientId ? { clientId: input.clientId } : {}),
      };
      inserts.push({
        id: message.id,
        conversationId: conversation.id,
        seq,
        sender: input.sender,
        senderStaffId,
        clientId: input.clientId ?? null,
        sentAt: deps.now,
        ...sealed,
      });
      if (input.clientId) earlier.set(keyOf(input), { message, senderStaffId });
      return succeeded({ conversation: { ...conversation }, message, isNew: true });
    } catch (error) {
      return failed(error);
    }
  });
  return { outcomes, inserts, next };
};

/**
 * The common case in four statements however many sends there are: bump every counter by its number of sends (which
 * locks the rows, in id order, so concurrent batches never deadlock), insert, commit. A refused send is given back
 * with one more update; a resend of a stored client id throws ResendInBatch so the caller stores it carefully.
 */
export const storeBatch = async (tx: Executor, batch: PendingSend[], deps: Deps): Promise<Outcome<Sent>[]> => {
  const counts = new Map<string, number>();
  for (const { input } of batch) counts.set(input.conversationId, (counts.get(input.conversationId) ?? 0) + 1);
  const ids = [...counts.keys()].sort();
  const rows = await tx.execute(sql`update ${conversations} set last_seq = ${conversations.lastSeq} + v.n
    from (values ${valuesList(ids.map((id) => sql`(${id}::uuid, ${counts.get(id)}::integer)`))}) as v(id, n)
    where ${conversations.id} = v.id
    returning ${conversations.id}, ${conversations.programmeId} as "programmeId", ${conversations.status},
      ${conversations.visitorId} as "visitorId",
      ${conversations.counsellorId} as "counsellorId", ${conversations.keyId} as "keyId",
      ${conversations.wrappedKey} as "wrappedKey", ${conversations.lastSeq} - v.n as "lastSeq"`);
  const locked = new Map(rowsOf<MessageParty>(rows).map((row) => [row.id, row]));
  const { outcomes, inserts, next } = storeAllowed(batch, locked, deps);
  const shorter = [...next.values()].filter(
    (row) => row.lastSeq !== (locked.get(row.id)?.lastSeq ?? 0) + (counts.get(row.id) ?? 0),
  );
  if (shorter.length > 0) await setCounters(tx, shorter);
  if (inserts.length === 0) return outcomes;
  const stored = await tx
    .insert(messages)
    .values(inserts)
    .onConflictDoNothing({ target: [messages.conversationId, messages.sender, messages.clientId] })
    .returning({ id: messages.id });
  if (stored.length < inserts.length) throw new ResendInBatch();
  return outcomes;
};

/**
 * The careful way, for a batch with a resend: lock the conversations, read which client ids are stored, answer those
 * with the stored message, and number and store the rest: seq never skips a number for a resend.
 */
export const storeBatchCarefully = async (tx: Executor, batch: PendingSend[], deps: Deps) => {
  const ids = [...new Set(batch.map((s) => s.input.conversationId))].sort();
  const locked = await tx
    .select(partyColumns)
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
  const { outcomes, inserts, next } = storeAllowed(batch, byId, deps, earlier);
  if (inserts.length === 0) return outcomes;
  await setCounters(
    tx,
    [...next.values()].filter((row) => row.lastSeq !== byId.get(row.id)?.lastSeq),
  );
  await tx.insert(messages).values(inserts);
  return outcomes;
};
