import { conversations, type Database, programmes as programmeTable } from '@helpline/db';
import { ProgrammeId } from '@helpline/shared';
import { and, eq, isNotNull, notInArray, notLike } from 'drizzle-orm';
import { addDays, createKeyring, MAILBOX_THREAD_KEY } from './keyring';
import { addKeys, loadOrCreateKeysFile } from './keys-file';
import { createSecretSealer, resealStaffSecrets, SECRETS_KEY } from './secret-seal';

const BATCH = 500;

/**
 * Rotation: a new key for every live epoch of the programmes (and for staff secrets), every data key re-wrapped under
 * the new key of its epoch, every TOTP secret re-sealed. The new keys file is written first and old keys stay in it
 * (until retention destroys their epoch), so a crash half-way leaves every transcript readable; running it again
 * finishes the job. Data keys under plain programme keys of older versions move to epoch keys.
 */
export const rotateKeys = async ({
  db,
  keysFile,
  programmes,
  at,
}: {
  db: Database;
  keysFile: string;
  programmes: readonly string[];
  at: Date;
}) => {
  const plain = programmes.filter((p) => !ProgrammeId.safeParse(p).success);
  if (plain.length > 0) addKeys(keysFile, plain, at);
  const keyring = createKeyring(loadOrCreateKeysFile(keysFile, [SECRETS_KEY], at), keysFile);
  const rotating = programmes.filter((p): p is ProgrammeId => ProgrammeId.safeParse(p).success);
  keyring.renewEpochs(
    keyring
      .liveKeys()
      .flatMap((k) =>
        k.epoch && k.active && rotating.includes(k.programme as ProgrammeId)
          ? [{ programme: k.programme, epoch: k.epoch }]
          : [],
      ),
    at,
  );
  const current = keyring.liveKeys().filter((k) => k.epoch && k.active);
  let rewrapped = 0;
  for (const programme of rotating) {
    const [row] = await db
      .select({ days: programmeTable.retentionDays })
      .from(programmeTable)
      .where(eq(programmeTable.id, programme));
    const retentionDays = row?.days ?? 90;
    for (;;) {
      const batch = await db
        .select({
          id: conversations.id,
          keyId: conversations.keyId,
          wrappedKey: conversations.wrappedKey,
          endedAt: conversations.endedAt,
        })
        .from(conversations)
        .where(
          and(
            eq(conversations.programmeId, programme),
            isNotNull(conversations.wrappedKey),
            notInArray(
              conversations.keyId,
              current.map((k) => k.id),
            ),
            // A mailbox thread's own key wraps nothing else and goes with the thread (forgotten or shredded).
            notLike(conversations.keyId, `${MAILBOX_THREAD_KEY}-%`),
          ),
        )
        .limit(BATCH);
      if (batch.length === 0) break;
      for (const conversation of batch) {
        if (!conversation.keyId || !conversation.wrappedKey) continue;
        const epoch = keyring.epochOfKey(conversation.keyId);
        const dueAt = epoch ? new Date(`${epoch}T12:00:00Z`) : addDays(conversation.endedAt ?? at, retentionDays);
        const dataKey = keyring.unwrap(conversation.keyId, conversation.wrappedKey);
        const { keyId, wrapped } = keyring.wrapUntil(programme, dueAt, dataKey, at);
        await db
          .update(conversations)
          .set({ keyId, wrappedKey: wrapped })
          .where(and(eq(conversations.id, conversation.id), eq(conversations.keyId, conversation.keyId)));
        rewrapped += 1;
      }
    }
  }
  const resealed = programmes.includes(SECRETS_KEY) ? await resealStaffSecrets(db, createSecretSealer(keyring)) : 0;
  return {
    rewrapped,
    resealed,
    activeKeys: keyring
      .liveKeys()
      .filter((k) => k.active && programmes.includes(k.programme))
      .map((k) => k.id),
  };
};
