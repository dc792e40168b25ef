import { conversations, type Database } from '@helpline/db';
import { ProgrammeId } from '@helpline/shared';
import { and, eq, isNotNull, ne } from 'drizzle-orm';
import { createKeyring } from './keyring';
import { addKeys } from './keys-file';
import { createSecretSealer, resealStaffSecrets, SECRETS_KEY } from './secret-seal';

const BATCH = 500;

/**
 * Adds a new key per programme (and for staff secrets) and re-wraps every data key, re-seals every TOTP secret, with it. The new keys file is written first, and old keys
 * stay in it, so a crash half-way leaves every transcript readable; running it again finishes the job.
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
  const keyring = createKeyring(addKeys(keysFile, programmes, at));
  let rewrapped = 0;
  // Data keys belong to programmes; the staff-secrets key wraps no conversation.
  for (const programme of programmes.filter((p): p is ProgrammeId => ProgrammeId.safeParse(p).success)) {
    const active = keyring.activeKeyId(programme);
    for (;;) {
      const batch = await db
        .select({ id: conversations.id, keyId: conversations.keyId, wrappedKey: conversations.wrappedKey })
        .from(conversations)
        .where(
          and(
            eq(conversations.programmeId, programme),
            isNotNull(conversations.wrappedKey),
            ne(conversations.keyId, active),
          ),
        )
        .limit(BATCH);
      if (batch.length === 0) break;
      for (const row of batch) {
        if (!row.keyId || !row.wrappedKey) continue;
        const { keyId, wrapped } = keyring.wrap(programme, keyring.unwrap(row.keyId, row.wrappedKey));
        await db
          .update(conversations)
          .set({ keyId, wrappedKey: wrapped })
          .where(and(eq(conversations.id, row.id), eq(conversations.keyId, row.keyId)));
        rewrapped += 1;
      }
    }
  }
  const resealed = programmes.includes(SECRETS_KEY) ? await resealStaffSecrets(db, createSecretSealer(keyring)) : 0;
  return { rewrapped, resealed, activeKeys: programmes.map((p) => keyring.activeKeyId(p)) };
};
