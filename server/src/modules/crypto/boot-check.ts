import { type DbHandle, rowsOf } from '@helpline/db';
import { programmeIds } from '@helpline/shared';
import { sql } from 'drizzle-orm';
import { assertKeysPresent, createKeyring } from './keyring';
import { loadOrCreateKeysFile } from './keys-file';

/** At start: the keys file exists (made on first start) and holds every key that wrapped a stored data key. */
export const assertKeysFor = async (db: DbHandle, keysFile: string) => {
  const keyring = createKeyring(loadOrCreateKeysFile(keysFile, programmeIds, new Date()));
  const inUse = rowsOf<{ key_id: string }>(
    await db.db.execute(
      sql`select distinct key_id from conversations where key_id is not null and wrapped_key is not null`,
    ),
  );
  assertKeysPresent(
    keyring,
    inUse.map((r) => r.key_id),
  );
};
