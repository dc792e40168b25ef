import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDb, type TestDb, testServerUrl } from '@helpline/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript, startServerProcess } from './helpers/server-process';

const dataDir = mkdtempSync(path.join(tmpdir(), 'helpline-cli-'));
let testDb: TestDb | undefined;
/** On PostgreSQL the CLI works on the test database; on PGlite on a data folder of its own. */
const target = (): Record<string, string> => (testDb?.url ? { DATABASE_URL: testDb.url } : { DATA_DIR: dataDir });

beforeAll(async () => {
  if (testServerUrl()) testDb = await createTestDb();
});
afterAll(async () => {
  await testDb?.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

const staff = async (args: string[], env: Record<string, string> = {}) => {
  const run = runScript('src/cli/staff.cli.ts', { ...target(), LOG_LEVEL: 'silent', ...env }, args);
  return { code: await run.exited, output: run.output() };
};

describe('npm run staff', () => {
  it('creates a supervisor with a TOTP secret and lists them without any hash', async () => {
    const created = await staff(
      [
        'create',
        '--username',
        'Bea',
        '--alias',
        'Bea',
        '--role',
        'supervisor',
        '--programmes',
        'helpwanted,stopitnow',
        '--totp',
      ],
      { HELPLINE_PASSWORD: 'a long and quiet passphrase' },
    );
    expect(created.code).toBe(0);
    expect(created.output).toMatch(/TOTP secret: [A-Z2-7]{32}/);
    expect(created.output).not.toContain('a long and quiet passphrase');
    const list = await staff(['list']);
    expect(list.output).toMatch(/^bea\tBea\tsupervisor\thelpwanted,stopitnow\tcapacity 2$/m);
    expect(list.output).not.toMatch(/argon2|passphrase/);
  }, 60_000);

  it('refuses a common password, a bad role, and a missing password with a clear line', async () => {
    const common = await staff(
      ['create', '--username', 'cor', '--alias', 'Cor', '--role', 'counsellor', '--programmes', 'stopitnow'],
      {
        HELPLINE_PASSWORD: 'Password1234',
      },
    );
    expect(common).toMatchObject({ code: 1 });
    expect(common.output).toContain('most common passwords');
    const role = await staff(
      ['create', '--username', 'cor', '--alias', 'Cor', '--role', 'boss', '--programmes', 'stopitnow'],
      {
        HELPLINE_PASSWORD: 'a long and quiet passphrase',
      },
    );
    expect(role.code).toBe(1);
    expect(role.output).toMatch(/^role: /m);
    const noPassword = await staff([
      'create',
      '--username',
      'cor',
      '--alias',
      'Cor',
      '--role',
      'counsellor',
      '--programmes',
      'stopitnow',
    ]);
    expect(noPassword.code).toBe(1);
    expect(noPassword.output).toContain('HELPLINE_PASSWORD');
  }, 60_000);

  it('disables, enables and resets, and never disables the last supervisor', async () => {
    const last = await staff(['disable', '--username', 'bea']);
    expect(last.code).toBe(1);
    expect(last.output).toMatch(/supervisor/i);
    const cor = ['create', '--username', 'cor', '--alias', 'Cor', '--role', 'counsellor', '--programmes', 'stopitnow'];
    expect((await staff([...cor, '--temporary'], { HELPLINE_PASSWORD: 'a long and quiet passphrase' })).code).toBe(0);
    expect((await staff(['disable', '--username', 'cor'])).code).toBe(0);
    expect((await staff(['list'])).output).toMatch(/^cor\t.*DISABLED$/m);
    expect((await staff(['enable', '--username', 'cor'])).code).toBe(0);
    expect((await staff(['reset-totp', '--username', 'bea'])).output).toContain('Second factor removed');
    expect(
      (await staff(['reset-password', '--username', 'bea'], { HELPLINE_PASSWORD: 'another long passphrase' })).code,
    ).toBe(0);
    expect((await staff(['disable', '--username', 'nobody'])).output).toContain('No staff member nobody');
    expect((await staff(['fly'])).code).toBe(2);
  }, 120_000);

  // Only the embedded database has a data folder to hold.
  if (!testServerUrl()) {
    it('says clearly when the embedded data folder is in use by a running server', async () => {
      const server = await startServerProcess({ DATA_DIR: dataDir });
      try {
        const busy = await staff(['list']);
        expect(busy.code).toBe(1);
        expect(busy.output).toMatch(/data folder .* is in use by process \d+/);
      } finally {
        await server.stop();
      }
    }, 60_000);
  }
});
