import { fork } from 'node:child_process';
import path from 'node:path';
import { repoRoot, type ServerSample } from '../targets/server-process';
import type { Running } from './targets';

const CONNECTORS = 4;
const IDLE_SECONDS = 30;

/** Opens `total` idle connections of `kind` from several connector processes; answers how to close them. */
const connectAll = async (url: string, kind: string, total: number) => {
  const script = path.join(repoRoot, 'bench', 'src', 'load', 'idle-clients.ts');
  const share = Math.ceil(total / CONNECTORS);
  const children = Array.from({ length: CONNECTORS }, (_, i) =>
    fork(script, [], {
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        BENCH_URL: url,
        BENCH_KIND: kind,
        BENCH_COUNT: String(Math.min(share, total - i * share)),
        BENCH_OFFSET: String(i * share),
      },
    }),
  );
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve, reject) => {
          child.once('message', resolve);
          child.once('exit', (code) => reject(new Error(`a connector exited with ${code}`)));
        }),
    ),
  );
  return () => {
    for (const child of children) {
      child.removeAllListeners('exit');
      child.send('close');
    }
  };
};

export type IdleResult = {
  target: string;
  sockets: number;
  connectPerSecond: number;
  rssPerSocketBytes: number;
  heapPerSocketBytes: number;
  idle: ServerSample;
};

/**
 * Memory per idle socket (after garbage collection, before and after `total` connections) and the event-loop delay
 * and CPU of the server holding them idle for 30 s, Socket.IO's heartbeats included.
 */
export const measureIdle = async (
  target: string,
  start: () => Promise<Running>,
  kind: 'visitor' | 'relay' | 'ws',
  total: number,
): Promise<IdleResult> => {
  const { servers, stop } = await start();
  const [server] = servers;
  try {
    if (!server) throw new Error('no server');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const before = await server.sample({ gc: true });
    const started = performance.now();
    const close = await connectAll(server.url, kind, total);
    const connectSeconds = (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const after = await server.sample({ gc: true });
    await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
    const idle = await server.sample();
    close();
    const result = {
      target,
      sockets: total,
      connectPerSecond: Math.round(total / connectSeconds),
      rssPerSocketBytes: Math.round((after.rssBytes - before.rssBytes) / total),
      heapPerSocketBytes: Math.round((after.heapUsedBytes - before.heapUsedBytes) / total),
      idle,
    };
    console.log(
      `${target}: ${total} idle sockets, ${result.connectPerSecond} connections/s, ` +
        `${(result.rssPerSocketBytes / 1024).toFixed(1)} KiB RSS and ${(result.heapPerSocketBytes / 1024).toFixed(1)} ` +
        `KiB heap per socket; idle CPU ${idle.cpuPercent}%, loop p99 ${idle.loopDelayMs.p99} ms`,
    );
    return result;
  } finally {
    await stop();
  }
};
