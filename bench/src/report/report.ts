import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AssignmentRound } from '../scenarios/assignment';
import type { IdleResult } from '../scenarios/idle';
import type { KneeResult, Step } from '../scenarios/knee';
import { repoRoot } from '../targets/server-process';
import { latencyChart } from './chart';
import { resultsDir } from './results';

type Saved<T> = T & { scenario: string; at: string; machine: Record<string, string | number>; postgres?: string };
type Knee = Saved<{ database: string; runs: KneeResult[] }>;

/** The newest saved result of a scenario, or null. */
const newest = <T>(scenario: string): Saved<T> | null => {
  const file = readdirSync(resultsDir)
    .filter((f) => f.startsWith(`${scenario}-2`) && f.endsWith('.json'))
    .sort()
    .at(-1);
  return file ? (JSON.parse(readFileSync(path.join(resultsDir, file), 'utf8')) as Saved<T>) : null;
};

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const p99At = (run: KneeResult | undefined, conversations: number) =>
  run?.steps.find((s) => s.conversations === conversations)?.latencyMs.p99 ?? '-';

const kneeTable = (knee: Knee) => {
  const [helpline, relay, ws] = knee.runs;
  if (!helpline) return '';
  const rows = helpline.steps.map((s: Step) => [
    s.conversations,
    s.offeredPerSecond,
    s.deliveredPerSecond,
    s.latencyMs.p50,
    s.latencyMs.p99,
    s.ackMs.p99,
    `${s.lost} / ${Object.values(s.refused).reduce((a, b) => a + b, 0)}`,
    s.servers.map((x) => `${x.cpuPercent}%`).join(' + '),
    s.servers.map((x) => x.loopDelayMs.p99).join(' / '),
    `${s.generator.cpuPercent}%`,
    p99At(relay, s.conversations),
    p99At(ws, s.conversations),
  ]);
  const kneeStep = helpline.knee;
  return [
    `**${helpline.target}**: knee at ${kneeStep ? `${kneeStep.conversations} conversations (${kneeStep.offeredPerSecond} msg/s)` : 'below the first step'}.`,
    '',
    table(
      [
        'conversations',
        'msg/s offered',
        'delivered/s',
        'p50 ms',
        'p99 ms',
        'ack p99 ms',
        'lost / refused',
        'server CPU',
        'loop p99 ms',
        'generator CPU',
        'relay p99 ms',
        'ws p99 ms',
      ],
      rows,
    ),
  ].join('\n');
};

const idleTable = (idle: Saved<{ runs: IdleResult[] }>) =>
  table(
    ['target', 'sockets', 'connections/s', 'RSS per socket', 'heap per socket', 'idle CPU', 'loop p99 ms'],
    idle.runs.map((r) => [
      r.target,
      r.sockets,
      r.connectPerSecond,
      kib(r.rssPerSocketBytes),
      kib(r.heapPerSocketBytes),
      `${r.idle.cpuPercent}%`,
      r.idle.loopDelayMs.p99,
    ]),
  );

const assignmentTable = (a: Saved<{ database: string; rounds: AssignmentRound[] }>) =>
  table(
    ['database', 'round', 'chats', 'seconds', 'assignments/s', 'by hand', 'double assignments', 'double starts'],
    a.rounds.map((r, i) => [
      a.database,
      i + 1,
      r.chats,
      r.seconds,
      r.assignmentsPerSecond,
      r.byHand,
      r.doubleAssignments,
      r.doubleStarts,
    ]),
  );

/** Rewrites the measured part of docs/BENCHMARKS.md (between its markers) and the latency chart from the results. */
export const writeReport = async () => {
  const knees = ['knee-pglite', 'knee-postgres'].map((s) => newest<{ database: string; runs: KneeResult[] }>(s));
  const idle = newest<{ runs: IdleResult[] }>('idle');
  const assignments = ['assignment-pglite', 'assignment-postgres'].map((s) =>
    newest<{ database: string; rounds: AssignmentRound[] }>(s),
  );
  const scaleOut = newest<{ runs: KneeResult[] }>('scale-out');
  const points = knees.flatMap((k) =>
    (k?.runs ?? []).flatMap((run) =>
      run.steps.map((s) => ({
        target: run.target.startsWith('helpline') ? run.target : `${run.target} (${k?.database} run)`,
        messagesPerSecond: s.offeredPerSecond,
        p99Ms: Math.max(s.latencyMs.p99, 0.1),
      })),
    ),
  );
  const chartDir = path.join(repoRoot, 'docs', 'benchmarks');
  mkdirSync(chartDir, { recursive: true });
  writeFileSync(path.join(chartDir, 'latency.svg'), await latencyChart(points));
  const machine = knees[0]?.machine ?? idle?.machine;
  const sections = [
    machine
      ? `Measured on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os} (a Firecracker VM), Node ${machine.node}, ${knees[1]?.postgres ?? 'PostgreSQL'} (fsync on).`
      : '',
    '![p99 latency against load](benchmarks/latency.svg)',
    ...knees.flatMap((k) =>
      k ? [`### Chat latency, ${k.database} (${k.at.slice(0, 10)}, commit ${k.machine.commit})`, kneeTable(k)] : [],
    ),
    ...(idle ? [`### Idle visitor sockets (${idle.at.slice(0, 10)})`, idleTable(idle)] : []),
    ...assignments.flatMap((a) =>
      a ? [`### Assignment, ${a.database} (${a.at.slice(0, 10)})`, assignmentTable(a)] : [],
    ),
    ...(scaleOut
      ? [
          `### One process against two on PostgreSQL (${scaleOut.at.slice(0, 10)})`,
          ...scaleOut.runs.map((run) =>
            kneeTable({ ...scaleOut, database: 'postgres', runs: [run] } as unknown as Knee),
          ),
        ]
      : []),
  ];
  const doc = path.join(repoRoot, 'docs', 'BENCHMARKS.md');
  const text = readFileSync(doc, 'utf8');
  const start = '<!-- results:start -->';
  const end = '<!-- results:end -->';
  const generated = `${start}\n<!-- written by \`npm run bench -- --only report\` from bench/results -->\n\n${sections.join('\n\n')}\n\n${end}`;
  writeFileSync(doc, text.replace(new RegExp(`${start}[\\s\\S]*${end}`), generated));
  console.log('wrote docs/BENCHMARKS.md and docs/benchmarks/latency.svg');
};
