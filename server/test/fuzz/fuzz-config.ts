import type fc from 'fast-check';

const positive = (raw: string | undefined, fallback: number) => {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

/**
 * Generated cases per property: a short default for `npm test`, FUZZ_RUNS for the long run (`npm run fuzz`).
 * A failure prints fast-check's seed and path; FUZZ_SEED (and FUZZ_PATH) replay it.
 */
export const FUZZ_RUNS = positive(process.env.FUZZ_RUNS, 12);
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const path = process.env.FUZZ_PATH;

/** fast-check's parameters for one property: the run count, and the seed to replay when one is given. */
export const fuzzParams = <T>(runs = FUZZ_RUNS): fc.Parameters<T> => ({
  numRuns: runs,
  ...(seed !== undefined && Number.isFinite(seed) ? { seed } : {}),
  ...(path ? { path } : {}),
  // Enough to tell what failed; the seed and path replay it exactly.
  verbose: 1,
});

/** A test's time: generous per case (a failing case shrinks, replaying many times), at least two minutes. */
export const fuzzTimeout = (properties: number, msPerCase = 150) =>
  Math.max(120_000, properties * FUZZ_RUNS * msPerCase * 4);
