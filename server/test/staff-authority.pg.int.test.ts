import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { totpCode } from '../src/modules/auth/totp';
import type { TestApp } from './harness';
import { attempt, isRefused } from './helpers/attempt';
import { startTwoProcesses, stopTwoProcesses, todayWhileOpen } from './helpers/server-process';
import { ask, visitorSocket } from './helpers/sockets';
import { call, createStaff, login, loginAs, staffSocket } from './helpers/staff';

// Two processes on one PostgreSQL: a change made through one holds at once on the other.
const clock = createManualClock(todayWhileOpen());
let two: Awaited<ReturnType<typeof startTwoProcesses>>;
let a: TestApp;
/** Process B seen through the same helpers as A. */
const onB = () => two.onB();

beforeAll(async () => {
  two = await startTwoProcesses(clock);
  a = two.a;
});
afterAll(() => stopTwoProcesses(two));

describe('staff authority across processes', () => {
  it('finding 2: a demotion through one process holds at once for a socket on the other', async () => {
    const admin = await loginAs(a, await createStaff(a, { role: 'supervisor', totp: true }));
    const boss = await createStaff(a, { role: 'supervisor', totp: true, programmes: ['helpwanted'] });
    // Process B checks the code against the real time.
    const onBLogin = await login(onB(), {
      username: boss.username,
      password: boss.password,
      totp: totpCode(boss.totpSecret ?? '', new Date()),
    });
    const socket = await staffSocket(onB(), onBLogin.cookie);
    const { socket: visitor } = await visitorSocket(a);
    const conversationId = String((await ask(visitor, 'queue:join', { programme: 'stopitnow' })).conversationId);
    expect(await ask(socket, 'monitor:join', { conversationId })).toMatchObject({ ok: true });

    const demoted = await call(a, 'PATCH', `/api/staff/${boss.id}`, {
      cookie: admin,
      body: { role: 'counsellor', programmes: ['helpwanted'] },
    });
    expect(demoted.status).toBe(200);
    expect(isRefused(await attempt(socket, 'monitor:join', { conversationId }))).toBe(true);
    expect(isRefused(await attempt(socket, 'conversation:resume', { conversationId }))).toBe(true);
    visitor.close();
    socket.close();
  }, 60_000);

  it('finding 3: parallel wrong passwords spread over both processes get at most 5 evaluations', async () => {
    const victim = await createStaff(a);
    // Process B runs on the real clock: A follows it now, and the burst stays inside one throttle window.
    while (Date.now() % 60_000 > 50_000) await new Promise((r) => setTimeout(r, 500));
    clock.set(new Date());
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        login(i % 2 ? a : onB(), { username: victim.username, password: `wrong guess number ${i}` }),
      ),
    );
    expect(answers.filter((x) => x.status === 401)).toHaveLength(5);
    expect(answers.filter((x) => x.status === 429)).toHaveLength(25);
  }, 60_000);
});
