import { createDb, DataDirInUseError, migrate, pendingMigrations, seed } from '@helpline/db';
import { loadEnv } from '../env';
import { safeError } from '../safe-error';

const USAGE =
  'Usage: npm run migrate    (applies the committed migrations and the seed; the step before a rolling upgrade)';

if (process.argv.length > 2) {
  console.error(USAGE);
  process.exit(2);
}
try {
  const env = loadEnv();
  const db = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.dataDir });
  try {
    const pending = await pendingMigrations(db);
    await migrate(db);
    await seed(db);
    console.log(
      pending === 0
        ? 'The database was current: no migration to apply.'
        : `Applied ${pending} migration${pending === 1 ? '' : 's'}: the database is current.`,
    );
  } finally {
    await db.close();
  }
} catch (error) {
  console.error(error instanceof DataDirInUseError ? error.message : `Failed: ${safeError(error).message}`);
  process.exitCode = 1;
}
