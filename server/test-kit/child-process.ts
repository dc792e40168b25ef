import { type ChildProcess, type StdioOptions, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(serverDir, '..');

/** What a test's server process takes of this one's environment (the rest it is given on purpose), in production. */
export const baseEnv = (): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  NODE_ENV: 'production',
});

/** A child process whose output is kept (unless inherited) and whose real exit can be awaited. */
export type Child = {
  child: ChildProcess;
  pid: number;
  output: () => string;
  /** The exit code (null when a signal ended it), once the process has really exited. */
  exited: Promise<number | null>;
  isRunning: () => boolean;
  /** Sends the signal (SIGTERM unless told) and waits for the exit; kill -9 if it has not exited within 30 s. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
  /** kill -9 (no shutdown code runs) and wait until the process is gone, so it holds no lock or port any more. */
  kill9: () => Promise<number | null>;
};

const killAfterMs = 30_000;

/** `node <args>` in `cwd`: one process (no launcher in between), so a signal reaches the process that holds the locks. */
export const runNode = (
  args: string[],
  {
    cwd,
    env,
    inheritOutput = false,
    stdio = inheritOutput ? 'inherit' : 'pipe',
  }: { cwd: string; env: NodeJS.ProcessEnv; inheritOutput?: boolean; stdio?: StdioOptions },
): Child => {
  const child = spawn(process.execPath, args, { cwd, env, stdio });
  let output = '';
  const collect = (d: Buffer) => {
    output += String(d);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const isRunning = () => child.exitCode === null && child.signalCode === null;
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (isRunning()) child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    try {
      return await exited;
    } finally {
      clearTimeout(timer);
    }
  };
  return { child, pid: child.pid ?? 0, output: () => output, exited, isRunning, stop, kill9: () => stop('SIGKILL') };
};

/** `node --import tsx <script>`: a TypeScript script of the server workspace, run from its source. */
export const runSource = (script: string, env: NodeJS.ProcessEnv, args: string[] = []) =>
  runNode(['--import', 'tsx', script, ...args], { cwd: serverDir, env });
