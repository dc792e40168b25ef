import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { totpCode } from '../src/modules/auth/totp';
import type { TestApp } from './harness';
import { startTwoProcesses, stopTwoProcesses, todayWhileOpen } from './helpers/server-process';
import { ask, next, visitorSocket } from './helpers/sockets';
import { createStaff, login, loginAs, staffSocket } from './helpers/staff';

// Two processes share rooms only through PostgreSQL: a *.pg test, run with DATABASE_URL.
const clock = createManualClock(todayWhileOpen());
let two: Awaited<ReturnType<typeof startTwoProcesses>>;
let a: TestApp;

beforeAll(async () => {
  two = await startTwoProcesses(clock);
  a = two.a;
});
afterAll(() => stopTwoProcesses(two));

describe('a supervisor at hand, across two processes', () => {
  it('help:request reaches the supervisors of both processes; a whisper from one reaches the counsellor on the other', async () => {
    const supervisor = () =>
      createStaff(a, { role: 'supervisor', programmes: ['helpwanted', 'stopitnow'], totp: true });
    const bossA = await staffSocket(a, await loginAs(a, await supervisor()));
    const onB = await supervisor();
    // Process B runs on the real clock: its second factor is today's code, not the manual clock's.
    const cookieB = await login(two.onB(), {
      username: onB.username,
      password: onB.password,
      totp: totpCode(onB.totpSecret ?? '', new Date()),
    });
    const bossB = await staffSocket(two.onB(), cookieB.cookie);
    const anna = await createStaff(a, { programmes: ['helpwanted'] });
    const counsellor = await staffSocket(two.onB(), await loginAs(two.onB(), anna));
    const { socket: visitor } = await visitorSocket(a);
    const conversationId = String((await ask(visitor, 'queue:join', { programme: 'helpwanted' })).conversationId);
    expect(await ask(counsellor, 'conversation:accept', { conversationId })).toMatchObject({ ok: true });

    const atA = next(bossA, 'help:requested');
    const atB = next(bossB, 'help:requested');
    const answer = await ask(counsellor, 'help:request', { conversationId });
    expect(answer).toMatchObject({ ok: true, supervisors: 2 });
    for (const heard of [await atA, await atB])
      expect(heard).toMatchObject({ conversationId, counsellor: { id: anna.id } });

    const whispered = next(counsellor, 'whisper');
    expect(await ask(bossA, 'whisper:send', { conversationId, body: 'Ik kijk mee' })).toMatchObject({ ok: true });
    expect(await whispered).toMatchObject({ conversationId, body: 'Ik kijk mee' });
    for (const s of [bossA, bossB, counsellor, visitor]) s.close();
  }, 60_000);
});
