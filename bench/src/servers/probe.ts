import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Loaded into every measured server (`node --import`): on the bench's `sample` message it answers the memory, the CPU
 * time and the event-loop delay since the last sample. `sample:gc` collects garbage first (needs --expose-gc).
 */
const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
let cpu = process.cpuUsage();
let since = performance.now();

const ms = (ns: number) => Math.round(ns / 1e4) / 100;

process.on('message', (message) => {
  if (message !== 'sample' && message !== 'sample:gc') return;
  if (message === 'sample:gc') globalThis.gc?.();
  const now = performance.now();
  const used = process.cpuUsage(cpu);
  const memory = process.memoryUsage();
  process.send?.({
    rssBytes: memory.rss,
    heapUsedBytes: memory.heapUsed,
    externalBytes: memory.external,
    cpuPercent: Math.round(((used.user + used.system) / 1000 / (now - since)) * 1000) / 10,
    loopDelayMs: { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) },
  });
  loop.reset();
  cpu = process.cpuUsage();
  since = now;
});
process.channel?.unref();
