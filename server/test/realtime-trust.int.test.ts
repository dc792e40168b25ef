import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { ask, visitorSocket } from './helpers/sockets';

const OPEN = new Date('2026-11-23T09:00:00Z'); // Monday 10:00 in Amsterdam: both programmes open
let t: TestApp;
beforeAll(async () => {
  // Clients are told apart by the address a (simulated) reverse proxy reports.
  t = await startTestApp({ clock: createManualClock(OPEN), env: { HELPLINE_TRUST_PROXY: '1' } });
});
afterAll(() => t.close());

const from = (address: string) => ({ 'x-forwarded-for': address });
/** A new anonymous visitor from `address` asks for a return code, which makes its row: the answer's code. */
const newVisitor = async (app: TestApp, address: string) => {
  const { socket } = await visitorSocket(app, undefined, from(address), { forceNew: true });
  const answer = await ask(socket, 'returnCode:create', {});
  socket.close();
  return answer.ok ? 'ok' : answer.error?.code;
};

describe('finding 5: visitor intake cannot be shut for everyone', () => {
  const small = (env: Record<string, string> = {}) =>
    startTestApp({
      clock: createManualClock(OPEN),
      // Per client 3 new visitors; the process takes 6, shared fairly from 3 on.
      env: { HELPLINE_TRUST_PROXY: '1', HELPLINE_VISITORS_PER_CLIENT: '3', HELPLINE_VISITORS_PER_PROCESS: '6', ...env },
    });

  it('addresses of one IPv6 /64 count as one client; another /64 is another client', async () => {
    const app = await small({ HELPLINE_VISITORS_PER_PROCESS: '1000' });
    try {
      const network = ['2001:db8:5:1::1', '2001:db8:5:1:a::2', '2001:db8:5:1:ffff:1:2:3', '2001:db8:5:1::9'];
      const answers = [];
      for (const address of network) answers.push(await newVisitor(app, address));
      expect(answers).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED']);
      expect(await newVisitor(app, '2001:db8:5:2::1')).toBe('ok');
      // IPv4, also written as IPv4-mapped IPv6, is one client per address.
      const mapped = [];
      for (const address of ['192.0.2.10', '::ffff:192.0.2.10', '::ffff:c000:20a', '192.0.2.10'])
        mapped.push(await newVisitor(app, address));
      expect(mapped).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED']);
      expect(await newVisitor(app, '192.0.2.11')).toBe('ok');
    } finally {
      await app.close();
    }
  });

  it('two clients cannot use up the process: the heavier is shed, a fresh client gets in until the machine is full', async () => {
    const app = await small();
    try {
      const heavy = [];
      for (let i = 0; i < 3; i++) heavy.push(await newVisitor(app, '198.51.100.1'));
      expect(heavy).toEqual(['ok', 'ok', 'ok']);
      // Half the process's bound is taken: a second client gets its fair share (3 over 2 clients), not its 3.
      const second = [];
      for (let i = 0; i < 3; i++) second.push(await newVisitor(app, '2001:db8:b::1'));
      expect(second).toEqual(['ok', 'ok', 'RATE_LIMITED']);
      expect(await newVisitor(app, '198.51.100.1')).toBe('RATE_LIMITED');
      // A client with no history still gets in: 6 of 6 now, the machine is full, so the next is refused whoever it is.
      expect(await newVisitor(app, '203.0.113.7')).toBe('ok');
      expect(await newVisitor(app, '203.0.113.8')).toBe('RATE_LIMITED');
    } finally {
      await app.close();
    }
  });
});
