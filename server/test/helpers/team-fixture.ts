import { expect, test } from 'vitest';
import type { ManualClock } from '../../src/clock';
import { type Role, startTeam } from './chats';

/**
 * A vitest `it` for the case-file tests: one app (on `clock` when given) and the named staff, each logged in with an
 * open /staff socket, set up once before the file's tests and closed after them.
 */
export const withTeam = <Name extends string>(roles: Record<Name, Role>, clock?: ManualClock) => {
  const it = test
    // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern
    .extend('started', { scope: 'file' }, async ({}, { onCleanup }) => {
      const started = await startTeam(clock, roles);
      onCleanup(started.stop);
      return started;
    })
    .extend('t', { scope: 'file' }, ({ started }) => started.t)
    .extend('team', { scope: 'file' }, ({ started }) => started.team);
  // Started in a hook, so that the start counts against the hook's time limit, not the first test's.
  it.beforeAll(({ started }) => {
    expect(started.t.url).toBeTruthy();
  });
  return it;
};
