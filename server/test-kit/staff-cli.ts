import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot, serverDir } from './child-process';
import type { ServerEntry } from './server-process';

/**
 * The staff CLI as an operator runs it (on PGlite only while no server holds the data folder), with exactly the
 * environment given; HELPLINE_PASSWORD is the password it reads. Returns its output, throws when it fails.
 */
export const runStaffCli = ({
  entry,
  env,
  args,
  password,
}: {
  entry: ServerEntry;
  env: NodeJS.ProcessEnv;
  args: string[];
  password?: string;
}) => {
  const script =
    entry === 'dist'
      ? [path.join(serverDir, 'dist', 'cli', 'staff.cli.js')]
      : ['--import', 'tsx', path.join(serverDir, 'src', 'cli', 'staff.cli.ts')];
  const run = spawnSync(process.execPath, [...script, ...args], {
    cwd: entry === 'dist' ? repoRoot : serverDir,
    env: password === undefined ? env : { ...env, HELPLINE_PASSWORD: password },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`staff ${args[0]} failed: ${run.stderr}${run.stdout}`);
  return run.stdout;
};
