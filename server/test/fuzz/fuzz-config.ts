import fc from 'fast-check';

const positive = (raw: string | undefined, fallback: number) => {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

/**
 * Generated cases per property: a short default for `npm test`, FUZZ_RUNS for the long run (`npm run fuzz`).
 * A failure prints fast-check's seed and path; FUZZ_SEED (and FUZZ_PATH) replay it.
 */
export const FUZZ_RUNS = positive(process.env.FUZZ_RUNS, 15);
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const path = process.env.FUZZ_PATH;

const LINE = 1500;
/** fast-check's report, with how to replay it first and hostile strings of tens of thousands of characters cut. */
const report = <T>(details: fc.RunDetails<T>) => {
  const message = fc.defaultReportMessage(details);
  if (!details.failed || !message) return;
  const lines = message
    .split('\n')
    .map((line) => (line.length > LINE ? `${line.slice(0, LINE)}... (${line.length} characters)` : line));
  const replay = `Replay: FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ''} FUZZ_RUNS=${FUZZ_RUNS}`;
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error([replay, `Failed with: ${error.slice(0, LINE)}`, ...lines].join('\n'));
};

/** fast-check's parameters for one property: the run count, and the seed to replay when one is given. */
export const fuzzParams = <T>(runs = FUZZ_RUNS): fc.Parameters<T> => ({
  numRuns: runs,
  ...(seed !== undefined && Number.isFinite(seed) ? { seed } : {}),
  ...(path ? { path } : {}),
  // Enough to tell what failed; the seed and path replay it exactly.
  verbose: 1,
  reporter: report,
});

/** A test's time: generous per case (a failing case shrinks, replaying many times), at least two minutes. */
export const fuzzTimeout = (properties: number, msPerCase = 150) =>
  Math.max(120_000, properties * FUZZ_RUNS * msPerCase * 4);
