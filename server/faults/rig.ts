import { totpCode } from '../src/modules/auth/totp';
import type { ChatSide, Pacer } from './chat-side';
import { type Counsellor, createCounsellor, createVisitor, type Visitor } from './participants';
import { type ServerEnv, staffCli } from './server-process';
import { until } from './wait';

const PASSWORD = 'fault tests use this passphrase';
const SUPERVISOR = 'foutenbaas';
/** What the supervisor sets; each counsellor replaces it at first login. */
const TEMPORARY = 'a temporary passphrase from the supervisor';

/** The supervisor, made with the compiled staff CLI (on PGlite before a server holds the data folder). */
export const createSupervisor = (env: ServerEnv) => {
  const args = ['create', '--username', SUPERVISOR, '--alias', 'Baas', '--role', 'supervisor'];
  const printed = staffCli(env, [...args, '--programmes', 'helpwanted', '--totp'], PASSWORD);
  const secret = printed.match(/TOTP secret: ([A-Z2-7]+)/)?.[1];
  if (!secret) throw new Error(`no TOTP secret printed: ${printed}`);
  return secret;
};

const call = async (url: string, method: string, path: string, body: unknown, cookie?: string) => {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res;
};

const login = async (url: string, username: string, totp?: string, password = PASSWORD) => {
  const res = await call(url, 'POST', '/api/auth/login', { username, password, ...(totp ? { totp } : {}) });
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
};

/** A counsellor the supervisor made logs in with the password given and chooses their own (the session stays). */
const ownPassword = async (url: string, username: string) => {
  const cookie = await login(url, username, undefined, TEMPORARY);
  await call(url, 'POST', '/api/auth/password', { current: TEMPORARY, next: PASSWORD }, cookie);
  return cookie;
};

/** As the supervisor: Helpwanted open around the clock, `count` counsellors of `capacity` chats; their session cookies. */
export const staffUp = async (url: string, totpSecret: string, count: number, capacity: number) => {
  const cookie = await login(url, SUPERVISOR, totpCode(totpSecret, new Date()));
  const weekly = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
  const hours = { timezone: 'Europe/Amsterdam', weekly, exceptions: [], maxWaitMinutes: 240 };
  await call(url, 'PUT', '/api/programmes/helpwanted/hours', hours, cookie);
  const cookies: string[] = [];
  for (let i = 1; i <= count; i++) {
    const member = { username: `hv${i}`, alias: `HV ${i}`, role: 'counsellor', programmes: ['helpwanted'], capacity };
    await call(url, 'POST', '/api/staff', { ...member, password: TEMPORARY }, cookie);
    cookies.push(await ownPassword(url, member.username));
  }
  return cookies;
};

export type Chat = { conversationId: string; visitor: Visitor; counsellor: Counsellor };

/**
 * Counsellors online and available (counsellor i on `urlOf(i)` first), then `count` visitors joining (visitor i on
 * `urlOf(i)` first) until routing has paired every one: the chats, each visitor with their counsellor.
 */
export const openChats = async (cookies: string[], count: number, urlsOf: (i: number) => string[]) => {
  const counsellors = cookies.map((cookie, i) => createCounsellor(urlsOf(i), cookie, `HV ${i + 1}`));
  await Promise.all(counsellors.map((c) => c.link.start()));
  for (const c of counsellors) {
    const answer = await c.link.ask('presence:set', { status: 'available' });
    if (!answer?.ok) throw new Error(`presence failed: ${JSON.stringify(answer)}`);
  }
  const visitors = Array.from({ length: count }, (_, i) => createVisitor(urlsOf(i), `bezoeker ${i + 1}`));
  await Promise.all(visitors.map((v) => v.link.start()));
  const ids = await Promise.all(visitors.map((v) => v.join()));
  const holderOf = (id: string) => counsellors.find((c) => c.sides.has(id));
  await until(() => visitors.every((v) => v.events.started) && ids.every(holderOf), 60_000, 'every chat routed');
  return ids.map((conversationId, i): Chat => {
    const counsellor = holderOf(conversationId);
    const visitor = visitors[i];
    if (!counsellor || !visitor) throw new Error('unpaired chat');
    return { conversationId, visitor, counsellor };
  });
};

/** Both sides of a chat with the send function of each. */
export const sidesOf = (chat: Chat) => {
  const visitorSide = chat.visitor.side();
  const counsellorSide = chat.counsellor.sides.get(chat.conversationId);
  if (!visitorSide || !counsellorSide) throw new Error('a chat without its two sides');
  return [
    { side: visitorSide, link: chat.visitor.link },
    { side: counsellorSide, link: chat.counsellor.link },
  ] satisfies { side: ChatSide; link: Counsellor['link'] }[];
};

/** Both sides of every chat sending (one message per `paceMs` on average each) until stopped. */
export const startLoad = (chats: Chat[], paceMs: number) => {
  let stopping = false;
  const waking = new Set<() => void>();
  const pacer: Pacer = {
    pause: (ms) =>
      new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          waking.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, ms);
        waking.add(wake);
      }),
  };
  const all = chats.flatMap(sidesOf);
  const runs = all.map(({ side }) => side.run(pacer, paceMs, () => stopping));
  const inFlight = () => all.filter(({ side }) => side.isAwaiting()).length;
  const hurry = () => {
    for (const wake of [...waking]) wake();
  };
  return {
    sides: all.map(({ side }) => side),
    /** Every sender pausing sends its next message now: a burst that puts many messages on their way at once. */
    hurry,
    /** Messages on their way and not yet answered. */
    inFlight,
    /**
     * A burst: every sender's next message at once (at least `least` on their way); resolves once `answered` of them
     * are answered and the rest are not, the moment for a fault that cuts some off mid-way.
     */
    burst: async (least: number, answered: number) => {
      hurry();
      const started = await until(() => (inFlight() >= least ? inFlight() : 0), 10_000, 'a burst', 1);
      await until(() => inFlight() <= started - answered, 30_000, 'part of the burst answered', 1);
    },
    refused: () => all.map(({ side }) => side.refusal()).filter(Boolean),
    /** Every sender has at least `n` messages acknowledged after `at` (performance.now()). */
    eachAcked: (n: number, at = 0) => all.every(({ side }) => side.acked(at) >= n),
    /** Stops sending; resolves once every sender's last message is acknowledged. */
    stop: async () => {
      stopping = true;
      await Promise.all(runs);
    },
  };
};

export const closeAll = (chats: Chat[]) => {
  for (const chat of chats) {
    chat.visitor.link.close();
    chat.counsellor.link.close();
  }
};
