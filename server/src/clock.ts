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
