import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { migrate, openPglite, seed } from '@helpline/db';
import { createTestDb, type TestDb } from '@helpline/db/testing';
import { io, type Socket } from 'socket.io-client';
import { createApp } from '../src/app';
import { systemClock } from '../src/clock';
import { parseEnv } from '../src/env';
import { createLogger } from '../src/logger';
import { drive } from './measure';
import { startBareRelay } from './relay';

// npm run bench:chat -- --conversations 500 --interval-ms 2000 --seconds 20   (DATABASE_URL set: PostgreSQL)
const { values } = parseArgs({
  options: {
    conversations: { type: 'string', default: '500' },
    'interval-ms': { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '20' },
  },
});
const N = Number(values.conversations);
const INTERVAL = Number(values['interval-ms']);
const SECONDS = Number(values.seconds);
const CAPACITY = 10;
const PASSWORD = 'benchmark passphrase only';
/** Sends the platform refused, by error code: a number above zero needs explaining. */
const refusals = new Map<string, number>();

const connect = (url: string, opts: Parameters<typeof io>[1]) =>
  new Promise<Socket>((resolve, reject) => {
    const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, ...opts });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });

const platform = async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'helpline-bench-'));
  const db: TestDb = process.env.DATABASE_URL
    ? await createTestDb({ maxConnections: 20 })
    : await openPglite(dataDir).then(async (handle) => {
        await migrate(handle);
        await seed(handle);
        return { ...handle, cleanup: handle.close };
      });
  const parsed = parseEnv({
    DATA_DIR: dataDir,
    HELPLINE_SERVE_WEB: 'false',
    // Each bench visitor comes from its own (documentation) address, as real visitors do: the per-client limits apply.
    HELPLINE_TRUST_PROXY: '1',
    ...(db.url ? { DATABASE_URL: db.url } : {}),
  });
  if (!parsed.ok) throw new Error(parsed.line);
  const app = createApp({ env: parsed.env, db, logger: createLogger('error'), clock: systemClock });
  const url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  const week = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
  await app.services.programmes.replaceHours('helpwanted', {
    timezone: 'Europe/Amsterdam',
    weekly: week,
    exceptions: [],
    maxWaitMinutes: 240,
  });

  const counsellors: Socket[] = [];
  for (let i = 0; i < Math.ceil(N / CAPACITY); i++) {
    const { member } = await app.services.staff.create(null, {
      username: `bench${i}`,
      alias: `B${i}`,
      role: 'counsellor',
      programmes: ['helpwanted'],
      capacity: CAPACITY,
      password: PASSWORD,
    });
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: member.username, password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const socket = await connect(`${url}/staff`, { extraHeaders: { cookie } });
    await socket.emitWithAck('presence:set', { status: 'available' });
    counsellors.push(socket);
  }
  // Counsellor sockets hear every message of their chats; the body carries the measurement id.
  let receiver: (id: number) => void = () => {};
  for (const socket of counsellors) socket.on('message', (m: { body: string }) => receiver(Number(m.body.slice(1))));
  const visitors: Socket[] = [];
  const pairs: { send: (id: number) => void; onReceive: (cb: (id: number) => void) => void }[] = [];
  for (let i = 0; i < N; i++) {
    const visitor = await connect(`${url}/visitor`, {
      extraHeaders: { 'x-forwarded-for': `198.18.${Math.floor(i / 250)}.${(i % 250) + 1}` },
    });
    const started = new Promise<{ conversationId: string }>((resolve) => visitor.once('conversation:started', resolve));
    await visitor.emitWithAck('queue:join', { programme: 'helpwanted' });
    const { conversationId } = await started;
    visitors.push(visitor);
    pairs.push({
      send: (id) =>
        void visitor.emit('message:send', { conversationId, clientId: randomUUID(), body: `m${id}` }, () => {}),
      onReceive: (cb) => {
        receiver = cb;
      },
    });
  }
  return {
    pairs,
    close: async () => {
      for (const s of [...counsellors, ...visitors]) s.close();
      await app.close();
      await db.cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

const bare = async () => {
  const relay = await startBareRelay();
  const ids = Array.from({ length: N }, () => randomUUID());
  const counsellors: Socket[] = [];
  for (let i = 0; i < N; i += CAPACITY)
    counsellors.push(await connect(`${relay.url}/relay`, { auth: { conversations: ids.slice(i, i + CAPACITY) } }));
  const visitors = await Promise.all(ids.map(() => connect(`${relay.url}/relay`, {})));
  let receiver: (id: number) => void = () => {};
  for (const socket of counsellors) socket.on('message', (m: { body: string }) => receiver(Number(m.body.slice(1))));
  return {
    pairs: visitors.map((visitor, i) => ({
      send: (id: number) => void visitor.emit('message:send', { conversationId: ids[i], body: `m${id}` }, () => {}),
      onReceive: (cb: (id: number) => void) => {
        receiver = cb;
      },
    })),
    close: async () => {
      for (const s of [...counsellors, ...visitors]) s.close();
      await relay.close();
    },
  };
};

const database = process.env.DATABASE_URL ? 'postgres' : 'pglite';
console.log(`chat benchmark: ${N} conversations, one message per ${INTERVAL} ms each, ${SECONDS} s, ${database}`);
const relayRig = await bare();
const relayResult = await drive(relayRig.pairs, INTERVAL, SECONDS);
await relayRig.close();
console.log('bare Socket.IO relay', relayResult);
const rig = await platform();
const platformResult = await drive(rig.pairs, INTERVAL, SECONDS);
await rig.close();
console.log(`helpline (${database})`, platformResult, 'refused:', Object.fromEntries(refusals));

const results = {
  at: new Date().toISOString(),
  database,
  conversations: N,
  intervalMs: INTERVAL,
  seconds: SECONDS,
  node: process.version,
  relay: relayResult,
  platform: platformResult,
};
const dir = path.resolve(import.meta.dirname, '..', '..', 'bench', 'results');
mkdirSync(dir, { recursive: true });
const file = path.join(dir, `chat-${database}-${results.at.slice(0, 19).replace(/[:T]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`saved ${path.relative(process.cwd(), file)}`);
process.exit(0);
