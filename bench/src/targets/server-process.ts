import path from 'node:path';
import { createInterface } from 'node:readline';
import { runNode } from '@helpline/server/testing';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const probe = path.join(repoRoot, 'bench', 'src', 'servers', 'probe.ts');

/** What the probe inside a measured server answers (see servers/probe.ts). */
export type ServerSample = {
  rssBytes: number;
  heapUsedBytes: number;
  externalBytes: number;
  cpuPercent: number;
  loopDelayMs: { p50: number; p99: number; max: number };
};

export type ServerProcess = {
  url: string;
  pid: number;
  /** Memory, CPU and event-loop delay since the last sample; `gc` collects garbage first. */
  sample: (opts?: { gc?: boolean }) => Promise<ServerSample>;
  stop: () => Promise<void>;
};

/**
 * Starts a server to measure in a process of its own (the load generator never shares its event loop), with the probe
 * loaded, and waits for the line that names its port.
 */
export const startServerProcess = async (
  script: string,
  { env = {}, label }: { env?: Record<string, string>; label: string },
): Promise<ServerProcess> => {
  const run = runNode(
    ['--expose-gc', '--import', 'tsx', '--import', probe, ...(process.env.BENCH_NODE_ARGS?.split(' ') ?? []), script],
    { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
  );
  const { child } = run;
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout ?? process.stdin });
    lines.on('line', (line) => {
      const found = line.match(/(?:listening on |running at http:\/\/[^:]+:)(\d+)/);
      if (found) resolve(Number(found[1]));
    });
    child.once('exit', (code) => reject(new Error(`${label} exited with ${code} before listening`)));
  });
  child.stdout?.resume();
  const sample = ({ gc = false } = {}) =>
    new Promise<ServerSample>((resolve) => {
      child.once('message', (answer) => resolve(answer as ServerSample));
      child.send(gc ? 'sample:gc' : 'sample');
    });
  const stop = async () => {
    await run.stop();
  };
  return { url: `http://127.0.0.1:${port}`, pid: child.pid ?? 0, sample, stop };
};
