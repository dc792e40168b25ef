import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { saveResults } from './report/results';
import { findKnee } from './scenarios/knee';
import { type Database, startHelpline, startRelay, startWs } from './scenarios/targets';
import { repoRoot } from './targets/server-process';

// npm run bench [-- --only knee --database pglite --steps 500,1000 --seconds 20]
const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    database: { type: 'string' },
    steps: { type: 'string' },
    seconds: { type: 'string', default: '20' },
    'interval-ms': { type: 'string', default: '5000' },
  },
});
const seconds = Number(values.seconds);
const intervalMs = Number(values['interval-ms']);
const databases: Database[] = values.database ? [values.database as Database] : ['pglite', 'postgres'];
const defaultSteps: Record<Database, number[]> = {
  pglite: [500, 1000, 2000, 3000, 4000, 5000, 6000, 8000],
  postgres: [1000, 2500, 5000, 7500, 10_000, 12_500, 15_000],
};
const stepsOf = (database: Database) => values.steps?.split(',').map(Number) ?? defaultSteps[database];
const wanted = (name: string) => !values.only || values.only.split(',').includes(name);

execFileSync('npx', ['turbo', 'run', 'build', '--filter=@helpline/server', '--output-logs=errors-only'], {
  cwd: repoRoot,
  stdio: 'inherit',
});

if (wanted('knee')) {
  for (const database of databases) {
    const steps = stepsOf(database);
    const helpline = await findKnee(() => startHelpline(database), { steps, intervalMs, seconds });
    const tried = helpline.steps.map((s) => s.conversations);
    const relay = await findKnee(startRelay, { steps: tried, intervalMs, seconds });
    const ws = await findKnee(startWs, { steps: tried, intervalMs, seconds });
    saveResults(`knee-${database}`, { database, intervalMs, seconds, runs: [helpline, relay, ws] });
  }
}
process.exit(0);
