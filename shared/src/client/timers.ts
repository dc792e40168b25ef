/**
 * The host's timers. Browsers and Node both have them on globalThis; shared's tsconfig knows neither's types (it
 * forbids DOM and Node APIs), so they are named here by what the client code uses of them.
 */
type Timers = {
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};
export const timers = globalThis as unknown as Timers;
