export type Summary = {
  messages: number;
  seconds: number;
  messagesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export const summarize = (latencies: number[], seconds: number): Summary => {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    messages: sorted.length,
    seconds: round(seconds),
    messagesPerSecond: round(sorted.length / seconds),
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? 0),
  };
};

/**
 * Drives `pairs` conversations: every visitor sends one message each `intervalMs` (phases spread evenly) for
 * `seconds`; the latency is from send to the counsellor's socket receiving it, measured in this process.
 */
export const drive = async (
  pairs: { send: (id: number) => void; onReceive: (cb: (id: number) => void) => void }[],
  intervalMs: number,
  seconds: number,
) => {
  const sentAt = new Map<number, number>();
  const latencies: number[] = [];
  let nextId = 0;
  for (const pair of pairs) {
    pair.onReceive((id) => {
      const at = sentAt.get(id);
      if (at !== undefined) latencies.push(performance.now() - at);
      sentAt.delete(id);
    });
  }
  const started = performance.now();
  const timers = pairs.map((pair, index) =>
    setTimeout(
      () => {
        const tick = () => {
          const id = nextId++;
          sentAt.set(id, performance.now());
          pair.send(id);
        };
        tick();
        timers[index] = setInterval(tick, intervalMs);
      },
      (index / pairs.length) * intervalMs,
    ),
  );
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  for (const timer of timers) clearInterval(timer);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  return summarize(latencies, (performance.now() - started - 2000) / 1000);
};
