import { conversations as conversationTable, type Database, type Executor, notes } from '@helpline/db';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Clock } from '../../clock';
import { seal } from '../crypto/message-crypto';
import type { ConversationRow } from './conversation.repo';
import { type DataKeys, shreddedError } from './data-keys';

type Deps = { db: Database; dataKeys: Pick<DataKeys, 'of'>; clock: Clock };

/**
 * Stores a note (a counsellor's, or a supervisor's whisper) sealed with the chat's data key, numbered under the row's
 * lock; `alongside` runs in the same transaction (an audit entry commits with the note, or neither does).
 */
export const createNoteStore =
  ({ db, dataKeys, clock }: Deps) =>
  async (
    row: Pick<ConversationRow, 'id' | 'programmeId' | 'keyId' | 'wrappedKey'>,
    authorId: string,
    body: string,
    alongside?: (tx: Executor) => Promise<unknown>,
    kind: 'note' | 'whisper' = 'note',
  ) => {
    const dataKey = dataKeys.of(row);
    const note = await db.transaction(async (tx) => {
      const [bumped] = await tx
        .update(conversationTable)
        .set({ lastNoteSeq: sql`${conversationTable.lastNoteSeq} + 1` })
        // A key cached before the transcript was shredded (here or by another process) must not seal a note.
        .where(and(eq(conversationTable.id, row.id), isNotNull(conversationTable.wrappedKey)))
        .returning({ seq: conversationTable.lastNoteSeq });
      if (!bumped) throw shreddedError();
      const sealed = seal({ conversationId: row.id, seq: bumped.seq, kind: 'note', body }, dataKey);
      const [inserted] = await tx
        .insert(notes)
        .values({ conversationId: row.id, seq: bumped.seq, authorId, kind, createdAt: clock.now(), ...sealed })
        .returning();
      await alongside?.(tx);
      return inserted;
    });
    if (!note) throw new Error('insert returned nothing');
    return note;
  };

export type NoteStore = ReturnType<typeof createNoteStore>;
