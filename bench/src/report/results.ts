import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../targets/server-process';

export const resultsDir = path.join(repoRoot, 'bench', 'results');

const commit = () => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};

/** The machine the numbers were measured on. */
export const machine = () => ({
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.availableParallelism(),
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  commit: commit(),
});

/** Saves one scenario's results as `bench/results/<name>-<time>.json`; answers the path. */
export const saveResults = (name: string, results: object) => {
  const at = new Date().toISOString();
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}-${at.slice(0, 19).replace(/[:T]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ scenario: name, at, machine: machine(), ...results }, null, 2)}\n`);
  console.log(`saved ${path.relative(repoRoot, file)}`);
  return file;
};
