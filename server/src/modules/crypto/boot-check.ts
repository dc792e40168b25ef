import { type DbHandle, rowsOf } from '@helpline/db';
import { sql } from 'drizzle-orm';
import { assertKeysPresent, createKeyring } from './keyring';
import { loadOrCreateKeysFile } from './keys-file';
import { createSecretSealer, resealStaffSecrets, SECRETS_KEY } from './secret-seal';

/**
 * At start: the keys file exists (made on first start) and holds every key that wraps a stored data key, or the
 * tombstone of a key retention destroyed on purpose (an older database: those transcripts read as shredded); TOTP
 * secrets stored in plain text (before they were sealed) are sealed now.
 */
export const assertKeysFor = async (db: DbHandle, keysFile: string) => {
  const keyring = createKeyring(loadOrCreateKeysFile(keysFile, [SECRETS_KEY], new Date()), keysFile);
  const inUse = rowsOf<{ key_id: string }>(
    await db.db.execute(
      sql`select distinct key_id from conversations where key_id is not null and wrapped_key is not null`,
    ),
  );
  assertKeysPresent(
    keyring,
    inUse.map((r) => r.key_id),
  );
  await resealStaffSecrets(db.db, createSecretSealer(keyring));
};
