import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { writeReport } from './report/report';
import { saveResults } from './report/results';
import { measureAssignment } from './scenarios/assignment';
import { measureIdle } from './scenarios/idle';
import { findKnee } from './scenarios/knee';
import { type Database, startHelpline, startRelay, startWs } from './scenarios/targets';
import { postgresVersion } from './targets/postgres';
import { repoRoot } from './targets/server-process';

// npm run bench [-- --only knee,idle,assignment,scale-out,report --database pglite --steps 500,1000 --seconds 20]
const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    database: { type: 'string' },
    steps: { type: 'string' },
    seconds: { type: 'string', default: '20' },
    'interval-ms': { type: 'string', default: '5000' },
    sockets: { type: 'string', default: '19500' },
  },
});
const seconds = Number(values.seconds);
const intervalMs = Number(values['interval-ms']);
const databases: Database[] = values.database ? [values.database as Database] : ['pglite', 'postgres'];
const defaultSteps: Record<Database, number[]> = {
  pglite: [500, 1000, 1500, 2000, 2500, 3000, 4000, 5000],
  postgres: [1000, 2500, 4000, 5000, 6000, 7500, 10_000, 12_500],
};
const stepsOf = (database: Database) => values.steps?.split(',').map(Number) ?? defaultSteps[database];
const wanted = (name: string) => !values.only || values.only.split(',').includes(name);
const context = { postgres: postgresVersion() };

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
    saveResults(`knee-${database}`, { ...context, database, intervalMs, seconds, runs: [helpline, relay, ws] });
  }
}
if (wanted('idle')) {
  const sockets = Number(values.sockets);
  const runs = [
    await measureIdle('helpline', () => startHelpline('pglite'), 'visitor', sockets),
    await measureIdle('socket.io relay', startRelay, 'relay', sockets),
    await measureIdle('raw ws relay', startWs, 'ws', sockets),
  ];
  saveResults('idle', { runs });
}
if (wanted('assignment')) {
  for (const database of databases)
    saveResults(`assignment-${database}`, { ...context, ...(await measureAssignment(database)) });
}
if (wanted('scale-out')) {
  const steps = stepsOf('postgres');
  const one = await findKnee(() => startHelpline('postgres', 1), { steps, intervalMs, seconds });
  const two = await findKnee(() => startHelpline('postgres', 2), { steps, intervalMs, seconds });
  saveResults('scale-out', { ...context, intervalMs, seconds, runs: [one, two] });
}
if (wanted('report')) await writeReport();
process.exit(0);
