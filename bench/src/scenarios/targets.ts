import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChatRig } from '../load/chat-rig';
import { createPlatformRig } from '../load/platform-rig';
import { createRelayRig } from '../load/relay-rig';
import { createWsRig } from '../load/ws-rig';
import { type Platform, startPlatform } from '../targets/platform';
import { startPostgres } from '../targets/postgres';
import { repoRoot, type ServerProcess, startServerProcess } from '../targets/server-process';

/** A running target with its conversations: what every chat scenario measures. */
export type Running = { name: string; rig: ChatRig; servers: ServerProcess[]; stop: () => Promise<void> };
export type Database = 'pglite' | 'postgres';
const BENCH_PG_PORT = 55499;

export const startRelay = async (): Promise<Running> => {
  const server = await startServerProcess(path.join(repoRoot, 'bench', 'src', 'servers', 'socketio-relay.ts'), {
    label: 'relay',
  });
  const rig = createRelayRig(server.url);
  return { name: 'socket.io relay', rig, servers: [server], stop: async () => stopAll(rig, [server]) };
};

export const startWs = async (): Promise<Running> => {
  const server = await startServerProcess(path.join(repoRoot, 'bench', 'src', 'servers', 'ws-relay.ts'), {
    label: 'ws',
  });
  const rig = createWsRig(server.url);
  return { name: 'raw ws relay', rig, servers: [server], stop: async () => stopAll(rig, [server]) };
};

const stopAll = async (rig: ChatRig, servers: ServerProcess[]) => {
  await rig.close();
  for (const server of servers) await server.stop();
};

/** The platform on a fresh database: PGlite in a new data folder, or a new durable PostgreSQL, with `processes`. */
export const startHelpline = async (database: Database, processes = 1): Promise<Running> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'helpline-bench-'));
  // The postgres system user must reach its data folder: it lives in a folder of its own, open to traverse.
  const pgParent = database === 'postgres' ? mkdtempSync(path.join(tmpdir(), 'helpline-bench-pg-')) : null;
  if (pgParent) chmodSync(pgParent, 0o755);
  const postgres = pgParent ? startPostgres(path.join(pgParent, 'data'), BENCH_PG_PORT) : null;
  const servers: Platform[] = [];
  for (let i = 0; i < processes; i++)
    servers.push(await startPlatform({ dataDir, databaseUrl: postgres?.url, first: i === 0 }));
  const [first] = servers;
  if (!first) throw new Error('no server');
  const rig = createPlatformRig(
    servers.map((s) => s.url),
    first.supervisorCookie,
  );
  return {
    name: `helpline (${database}${processes > 1 ? `, ${processes} processes` : ''})`,
    rig,
    servers,
    stop: async () => {
      await stopAll(rig, servers);
      postgres?.stop();
      for (const dir of [dataDir, pgParent]) if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
};
