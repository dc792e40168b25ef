export type Latency = { p50: number; p95: number; p99: number; max: number };

const round = (n: number) => Math.round(n * 100) / 100;

/** Percentiles of a set of latencies in milliseconds (nearest rank). */
export const latencyOf = (values: number[]): Latency => {
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: round(sorted.at(-1) ?? 0) };
};
