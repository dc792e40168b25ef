import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import type { TestApp } from './harness';
import { startTwoProcesses, stopTwoProcesses, todayWhileOpen } from './helpers/server-process';
import { ask, next, record, visitorSocket } from './helpers/sockets';
import { createStaff, loginAs, staffSocket } from './helpers/staff';

// Two processes share state only through PostgreSQL: a *.pg test, run with DATABASE_URL.
const clock = createManualClock(todayWhileOpen());
let two: Awaited<ReturnType<typeof startTwoProcesses>>;
let a: TestApp;

beforeAll(async () => {
  two = await startTwoProcesses(clock);
  a = two.a;
});
afterAll(() => stopTwoProcesses(two));

describe('visitor presence across two processes', () => {
  it('is decided from the sockets of every process: gone only when the last one, on either, has closed', async () => {
    const anna = await createStaff(a, { programmes: ['helpwanted'] });
    const counsellor = await staffSocket(a, await loginAs(a, anna));
    const onA = await visitorSocket(a);
    const conversationId = String((await ask(onA.socket, 'queue:join', { programme: 'helpwanted' })).conversationId);
    expect((await ask(counsellor, 'conversation:accept', { conversationId })).ok).toBe(true);
    const onB = await visitorSocket(two.onB(), onA.token, {}, { forceNew: true });

    const heard = record(counsellor, 'visitor:presence');
    onA.socket.close();
    await new Promise((r) => setTimeout(r, 5000));
    expect(heard.filter((p) => !p.online)).toEqual([]);

    const gone = next(counsellor, 'visitor:presence', (p) => p.conversationId === conversationId && !p.online, 15_000);
    onB.socket.close();
    expect(await gone).toMatchObject({ conversationId, online: false });

    const back = next(counsellor, 'visitor:presence', (p) => p.conversationId === conversationId && p.online, 15_000);
    const again = await visitorSocket(two.onB(), onA.token, {}, { forceNew: true });
    expect(await back).toMatchObject({ conversationId, online: true });
    again.socket.close();
    counsellor.close();
  }, 60_000);
});
