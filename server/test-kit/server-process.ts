import { createServer } from 'node:net';
import path from 'node:path';
import { type Child, repoRoot, runNode, serverDir } from './child-process';
import { until } from './until';

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** `source`: src/index.ts through tsx; `dist`: the compiled server as `npm start` runs it. */
export type ServerEntry = 'source' | 'dist';

export type ServerProcess = Child & { url: string; port: number };

const entryArgs = (entry: ServerEntry) =>
  entry === 'dist'
    ? { cwd: repoRoot, args: ['--enable-source-maps', path.join(serverDir, 'dist', 'index.js')] }
    : { cwd: serverDir, args: ['--import', 'tsx', 'src/index.ts'] };

/**
 * Starts a server process on `port` (a free one unless given) with exactly the environment given (PORT added), ready
 * once /readyz answers 200 (migrated, keys checked). The deadline is generous for a loaded machine; a normal start is ready far sooner.
 */
export const startServer = async ({
  entry,
  env,
  port,
  inheritOutput,
  deadlineMs = 60_000,
}: {
  entry: ServerEntry;
  env: NodeJS.ProcessEnv;
  port?: number;
  inheritOutput?: boolean;
  deadlineMs?: number;
}): Promise<ServerProcess> => {
  const listenOn = port ?? (await freePort());
  const { cwd, args } = entryArgs(entry);
  const run = runNode(args, { cwd, env: { ...env, PORT: String(listenOn) }, inheritOutput });
  const url = `http://127.0.0.1:${listenOn}`;
  try {
    await until(
      async () => {
        if (!run.isRunning()) throw new Error(`the server exited with ${run.child.exitCode}`);
        return fetch(`${url}/readyz`).then(
          (r) => r.ok,
          () => false,
        );
      },
      deadlineMs,
      'the server to answer /readyz with 200',
      100,
    );
  } catch (error) {
    await run.kill9();
    throw new Error(`${error instanceof Error ? error.message : error}: ${run.output()}`);
  }
  return { ...run, url, port: listenOn };
};
