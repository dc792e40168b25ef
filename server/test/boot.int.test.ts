import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ProgrammesAnswer } from '@helpline/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript, startServerProcess } from './helpers/server-process';

const dataDir = mkdtempSync(path.join(tmpdir(), 'helpline-boot-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the server process', () => {
  it('refuses a bad PORT with one line naming it and exit code 1', async () => {
    const run = runScript('src/index.ts', { PORT: 'abc', DATA_DIR: dataDir });
    expect(await run.exited).toBe(1);
    const lines = run.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid PORT/);
  });

  it('boots on the embedded database, serves the API, and stops cleanly on SIGTERM', async () => {
    const server = await startServerProcess({ DATA_DIR: dataDir });
    const programmes = ProgrammesAnswer.parse(await (await fetch(`${server.url}/api/programmes`)).json());
    expect(programmes.map((p) => p.id).sort()).toEqual(['helpwanted', 'stopitnow']);
    expect(existsSync(path.join(dataDir, 'pglite.lock'))).toBe(true);

    expect(await server.stop()).toBe(0);
    expect(existsSync(path.join(dataDir, 'pglite.lock'))).toBe(false);
  }, 90_000);

  it('starts again on the same data folder, already migrated', async () => {
    const server = await startServerProcess({ DATA_DIR: dataDir });
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect(await server.stop()).toBe(0);
  }, 90_000);
});
