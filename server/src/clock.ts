import { readFileSync, statSync } from 'node:fs';

/** Time source injected wherever time matters, so tests can move it. */
export type Clock = { now(): Date };

/** Whole seconds from one moment to a later one (never negative), as waits are counted. */
export const secondsBetween = (from: Date, to: Date) => Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can set and advance. */
export const createManualClock = (start: Date = new Date()) => {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    set: (at: Date) => {
      current = at.getTime();
    },
    advance: (ms: number) => {
      current += ms;
    },
  };
};
export type ManualClock = ReturnType<typeof createManualClock>;

/**
 * Browser tests only (env.ts guards it): the time a file says, running on in real time from when the file was last
 * written, so a test sets "02:00" and later "09:00 the next day" while the server runs. Read at every call; no file
 * (or one that says no date-time) is the real time.
 */
export const createFileClock = (file: string): Clock => ({
  now: () => {
    try {
      const at = Date.parse(readFileSync(file, 'utf8').trim());
      const writtenAt = statSync(file).mtimeMs;
      return Number.isNaN(at) ? new Date() : new Date(at + Math.max(0, Date.now() - writtenAt));
    } catch {
      return new Date();
    }
  },
});
