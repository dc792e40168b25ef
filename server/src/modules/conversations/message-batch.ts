import { randomUUID } from 'node:crypto';
import { conversations, type Executor, messages } from '@helpline/db';
import type { Message, Sender } from '@helpline/shared';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { failed, type Outcome, succeeded } from '../../batching/batcher';
import { AppError } from '../../errors';
import type { DataKeys } from './data-keys';
import { encodeMessage, type NewMessageRow, toMessage } from './message-codec';

export type SendInput = {
  conversationId: string;
  sender: Sender;
  senderStaffId?: string;
  clientId?: string;
  body: string;
};

/** The columns of a conversation a send needs: who is in it, its programme, state, key and seq counter. */
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
export type MessageParty = Pick<typeof conversations.$inferSelect, keyof typeof partyColumns>;

/**
 * Checks the conversation as it is under the batch's lock; throws an AppError to refuse. A repeat of a stored client id
 * is checked like a new send, so one in a chat that has ended is refused like any message.
 */
export type Guard = (conversation: MessageParty) => void;
export type PendingSend = { input: SendInput; guard: Guard };
export type Sent = { conversation: MessageParty; message: Message; isNew: boolean };
type Deps = { dataKeys: Pick<DataKeys, 'of'>; now: Date };
/** A message stored before under a client id, by whom. */
type Earlier = { message: Message; senderStaffId: string | null };

const keyOf = (c: { conversationId: string; sender: string; clientId?: string | null }) =>
  `${c.conversationId}|${c.sender}|${c.clientId}`;
/** `(values (a, b), ...) as v(x, y)`: one row per conversation, joined in an update. */
const valuesOf = (rows: SQL[], columns: SQL) => sql`(values ${sql.join(rows, sql`, `)}) as ${columns}`;

/** Sets each conversation's counter; the caller holds the rows' locks. */
const setCounters = async (tx: Executor, parties: MessageParty[]) => {
  if (parties.length === 0) return;
  await tx
    .update(conversations)
    .set({ lastSeq: sql`v.last_seq` })
    .from(
      valuesOf(
        parties.map((p) => sql`(${p.id}::uuid, ${p.lastSeq}::integer)`),
        sql`v(id, last_seq)`,
      ),
    )
    .where(eq(conversations.id, sql`v.id`));
};

/**
 * Numbers and seals the sends the guards allow, in order, and answers repeats from `earlier`. `locked` holds each
 * conversation, its counter at its value before this batch; answers the outcomes, the rows to insert and the counters
 * after them.
 */
const numberAndSeal = (
  batch: PendingSend[],
  locked: Map<string, MessageParty>,
  deps: Deps,
  earlier = new Map<string, Earlier>(),
) => {
  const inserts: NewMessageRow[] = [];
  const next = new Map([...locked].map(([id, row]) => [id, { ...row }]));
  const outcomes = batch.map(({ input, guard }): Outcome<Sent> => {
    try {
      const conversation = next.get(input.conversationId);
      if (!conversation) throw new AppError('NOT_FOUND', 'No such conversation');
      const senderStaffId = input.senderStaffId ?? null;
      const previous = input.clientId ? earlier.get(keyOf(input)) : undefined;
      if (previous) {
        if (previous.senderStaffId !== senderStaffId)
          throw new AppError('CONFLICT', 'This message id is already in use: send it with a new one');
        guard(conversation);
        return succeeded({ conversation, message: previous.message, isNew: false });
      }
      guard(conversation);
      conversation.lastSeq += 1;
      const { row, message } = encodeMessage(
        {
          id: randomUUID(),
          conversationId: conversation.id,
          seq: conversation.lastSeq,
          sender: input.sender,
          senderStaffId,
          clientId: input.clientId ?? null,
          body: input.body,
          sentAt: deps.now,
        },
        deps.dataKeys.of(conversation),
      );
      inserts.push(row);
      if (input.clientId) earlier.set(keyOf(input), { message, senderStaffId });
      return succeeded({ conversation: { ...conversation }, message, isNew: true });
    } catch (error) {
      return failed(error);
    }
  });
  return { outcomes, inserts, next };
};

/** The messages this batch's client ids name that were stored before, opened, by conversation, sender and client id. */
const earlierOf = async (tx: Executor, batch: PendingSend[], locked: Map<string, MessageParty>, deps: Deps) => {
  const clientIds = batch.flatMap((s) => (s.input.clientId ? [s.input.clientId] : []));
  const stored = await tx
    .select()
    .from(messages)
    .where(and(inArray(messages.conversationId, [...locked.keys()]), inArray(messages.clientId, clientIds)));
  const earlier = new Map<string, Earlier>();
  for (const row of stored) {
    const conversation = locked.get(row.conversationId);
    if (conversation)
      earlier.set(keyOf(row), {
        message: toMessage(row, deps.dataKeys.of(conversation)),
        senderStaffId: row.senderStaffId,
      });
  }
  return earlier;
};

/**
 * Stores a batch of sends in its transaction, in order, with no gap in any conversation's seq. The common case in
 * four statements however many sends there are: bump every counter by its number of sends (which locks the rows, in
 * id order, so concurrent batches never deadlock), insert, commit; a refused send is given back with one more update.
 * When the insert finds a client id stored before (a repeat whose first ack was lost), this batch's rows are taken out
 * again and the batch is numbered anew with the stored messages as answers: a repeat never takes a seq.
 */
export const storeBatch = async (tx: Executor, batch: PendingSend[], deps: Deps): Promise<Outcome<Sent>[]> => {
  const counts = new Map<string, number>();
  for (const { input } of batch) counts.set(input.conversationId, (counts.get(input.conversationId) ?? 0) + 1);
  const ids = [...counts.keys()].sort();
  const bumped = await tx
    .update(conversations)
    .set({ lastSeq: sql`${conversations.lastSeq} + v.n` })
    .from(
      valuesOf(
        ids.map((id) => sql`(${id}::uuid, ${counts.get(id)}::integer)`),
        sql`v(id, n)`,
      ),
    )
    .where(eq(conversations.id, sql`v.id`))
    .returning({ ...partyColumns, lastSeq: sql<number>`${conversations.lastSeq} - v.n`.mapWith(Number) });
  const locked = new Map(bumped.map((row) => [row.id, row]));
  const first = numberAndSeal(batch, locked, deps);
  const counted = (row: MessageParty) => (locked.get(row.id)?.lastSeq ?? 0) + (counts.get(row.id) ?? 0);
  await setCounters(
    tx,
    [...first.next.values()].filter((row) => row.lastSeq !== counted(row)),
  );
  if (first.inserts.length === 0) return first.outcomes;
  const stored = await tx
    .insert(messages)
    .values(first.inserts)
    .onConflictDoNothing({ target: [messages.conversationId, messages.sender, messages.clientId] })
    .returning({ id: messages.id });
  if (stored.length === first.inserts.length) return first.outcomes;

  if (stored.length > 0)
    await tx.delete(messages).where(
      inArray(
        messages.id,
        stored.map((row) => row.id),
      ),
    );
  const again = numberAndSeal(batch, locked, deps, await earlierOf(tx, batch, locked, deps));
  await setCounters(
    tx,
    [...again.next.values()].filter((row) => row.lastSeq !== first.next.get(row.id)?.lastSeq),
  );
  if (again.inserts.length > 0) await tx.insert(messages).values(again.inserts);
  return again.outcomes;
};
