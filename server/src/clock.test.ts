import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileClock } from './clock';

const dir = mkdtempSync(path.join(tmpdir(), 'clock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the test clock of browser tests', () => {
  it('tells the time its file says, running on from when the file was written, and the real time without it', () => {
    const file = path.join(dir, 'clock');
    const clock = createFileClock(file);
    const real = () => Math.abs(clock.now().getTime() - Date.now());
    expect(real()).toBeLessThan(1000);

    writeFileSync(file, '2026-12-08T01:00:00.000Z\n');
    expect(Math.abs(clock.now().getTime() - Date.parse('2026-12-08T01:00:00Z'))).toBeLessThan(1000);
    // Written a minute ago: a minute later than it says.
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(file, minuteAgo, minuteAgo);
    expect(Math.abs(clock.now().getTime() - Date.parse('2026-12-08T01:01:00Z'))).toBeLessThan(1000);

    // The test moves it to the next morning while the server runs.
    writeFileSync(file, '2026-12-08T08:00:00.000Z');
    expect(Math.abs(clock.now().getTime() - Date.parse('2026-12-08T08:00:00Z'))).toBeLessThan(1000);

    writeFileSync(file, 'not a time');
    expect(real()).toBeLessThan(1000);
    rmSync(file);
    expect(real()).toBeLessThan(1000);
  });
});
