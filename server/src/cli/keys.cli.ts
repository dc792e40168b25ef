import { createDb, migrate } from '@helpline/db';
import { loadEnv } from '../env';
import { rotateKeys } from '../modules/crypto/rotate.service';
import { KEY_PURPOSES } from '../modules/crypto/secret-seal';
import { safeError } from '../safe-error';

const USAGE =
  'Usage: npm run keys -- rotate    (adds new key-encryption keys, re-wraps every data key and re-seals TOTP secrets)';

const command = process.argv[2];
if (command !== 'rotate') {
  console.error(USAGE);
  process.exit(2);
}
try {
  const env = loadEnv();
  const db = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.dataDir });
  try {
    await migrate(db);
    const result = await rotateKeys({ db: db.db, keysFile: env.keysFile, programmes: KEY_PURPOSES, at: new Date() });
    console.log(
      `Rotated: ${result.rewrapped} data keys re-wrapped, ${result.resealed} staff secrets re-sealed; active keys now ${result.activeKeys.join(', ')}.`,
    );
    console.log('Keep a backup of the keys file: without it the transcripts cannot be read.');
  } finally {
    await db.close();
  }
} catch (error) {
  console.error(`Failed: ${safeError(error).message}`);
  process.exitCode = 1;
}
