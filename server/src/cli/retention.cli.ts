import { createDb, DataDirInUseError, migrate } from '@helpline/db';
import { systemClock } from '../clock';
import { loadEnv } from '../env';
import { createAuditRepo } from '../modules/audit/audit.repo';
import { createAuditService } from '../modules/audit/audit.service';
import { createDataKeys } from '../modules/conversations/data-keys';
import { createKeyring } from '../modules/crypto/keyring';
import { loadOrCreateKeysFile } from '../modules/crypto/keys-file';
import { SECRETS_KEY } from '../modules/crypto/secret-seal';
import { createProgrammeRepo } from '../modules/programmes/programme.repo';
import { createProgrammeService } from '../modules/programmes/programme.service';
import { createRetentionRepo } from '../modules/retention/retention.repo';
import { createRetentionService } from '../modules/retention/retention.service';
import { safeError } from '../safe-error';

const USAGE =
  "Usage: npm run retention [-- --dry-run]    (crypto-shreds transcripts past their programme's retention period)";

const args = process.argv.slice(2);
if (args.some((a) => a !== '--dry-run')) {
  console.error(USAGE);
  process.exit(2);
}
const dryRun = args.includes('--dry-run');
try {
  const env = loadEnv();
  const db = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.dataDir });
  try {
    await migrate(db);
    const audit = createAuditService({ repo: createAuditRepo(db.db), clock: systemClock });
    const keyring = createKeyring(loadOrCreateKeysFile(env.keysFile, [SECRETS_KEY], new Date()), env.keysFile);
    const programmes = createProgrammeService({ repo: createProgrammeRepo(db.db), clock: systemClock });
    const dataKeys = createDataKeys({ keyring, retentionDaysOf: programmes.retentionDaysOf, clock: systemClock });
    const retention = createRetentionService({
      repo: createRetentionRepo(db.db),
      audit,
      clock: systemClock,
      keyring,
      dataKeys,
    });
    for (const s of await retention.settings())
      console.log(`${s.programme}: retention ${s.retentionDays} days, ${s.dueNow} due, ${s.shredded} shredded before`);
    const result = await retention.run({ dryRun, actor: null, source: 'cli' });
    console.log(
      dryRun
        ? `Dry run: ${result.count} transcripts would be shredded; nothing changed.`
        : `Shredded ${result.count} transcripts (keys destroyed, messages deleted; tags and counts kept).`,
    );
  } finally {
    await db.close();
  }
} catch (error) {
  console.error(error instanceof DataDirInUseError ? error.message : `Failed: ${safeError(error).message}`);
  process.exitCode = 1;
}
