import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '../events/shapes';
import { noAnswer, type Refused } from './ask';
import { createOutbox, type OutboxOptions } from './outbox';

const conversationId = '00000000-0000-4000-8000-000000000001';

/** A server for one conversation: stores each clientId once, in the order the sends arrive; it may be down. */
const fakeServer = () => {
  const stored: Message[] = [];
  const tries: string[] = [];
  const server = {
    stored,
    tries,
    answer: 'store' as 'store' | 'UNAVAILABLE' | 'FORBIDDEN' | 'none',
    connected: true,
    /** Sends waiting for their answer, released by the test (answered at once when false). */
    holding: false,
    held: [] as (() => void)[],
    send: async ({ clientId, body }: { clientId: string; body: string }) => {
      tries.push(clientId);
      if (server.holding) await new Promise<void>((resolve) => server.held.push(resolve));
      if (server.answer === 'none') return noAnswer;
      if (server.answer !== 'store') return { ok: false, error: { code: server.answer, message: '' } } as Refused;
      const message =
        stored.find((m) => m.clientId === clientId) ??
        ({
          id: clientId,
          conversationId,
          seq: stored.length + 1,
          sender: 'visitor',
          body,
          sentAt: '',
          clientId,
        } as Message);
      if (!stored.includes(message)) stored.push(message);
      return { ok: true as const, message };
    },
  };
  return server;
};

const setup = (overrides: Partial<OutboxOptions> = {}) => {
  const server = fakeServer();
  const acked: Message[] = [];
  const outbox = createOutbox({
    sender: 'visitor',
    send: server.send,
    canSend: () => server.connected,
    isConnected: () => server.connected,
    onChange: () => {},
    onStored: (m) => acked.push(m),
    retryMs: 1000,
    ...overrides,
  });
  const bodies = () => server.stored.map((m) => m.body);
  return { server, outbox, acked, bodies };
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('an outbox of one conversation', () => {
  it('sends one message at a time, in the order written', async () => {
    const { server, outbox, bodies, acked } = setup();
    server.holding = true;
    void outbox.add('a', 'een');
    void outbox.add('b', 'twee');
    void outbox.add('c', 'drie');
    await vi.advanceTimersByTimeAsync(0);
    expect(server.tries).toEqual(['a']);
    while (server.held.length) {
      server.held.shift()?.();
      await vi.advanceTimersByTimeAsync(0);
    }
    expect(bodies()).toEqual(['een', 'twee', 'drie']);
    expect(acked.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(outbox.entries()).toEqual([]);
  });

  it('after UNAVAILABLE answers and recovery, stores everything once and reorders nothing', async () => {
    const { server, outbox, bodies } = setup();
    server.answer = 'UNAVAILABLE';
    await outbox.add('a', 'een');
    await outbox.add('b', 'twee');
    await vi.advanceTimersByTimeAsync(1000);
    await outbox.add('c', 'drie');
    // Only the first message was tried, again and again with its own clientId: nothing written later overtook it.
    expect(new Set(server.tries)).toEqual(new Set(['a']));
    expect(server.tries.length).toBeGreaterThanOrEqual(3);
    expect(outbox.entries().map((o) => o.state)).toEqual(['sending', 'sending', 'sending']);
    server.answer = 'store';
    await vi.advanceTimersByTimeAsync(1000);
    expect(bodies()).toEqual(['een', 'twee', 'drie']);
    expect(server.stored.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(outbox.entries()).toEqual([]);
  });

  it('a refused message is marked failed and holds back the ones after it until it is retried', async () => {
    const { server, outbox, bodies } = setup();
    server.answer = 'FORBIDDEN';
    await outbox.add('a', 'een');
    await outbox.add('b', 'twee');
    expect(outbox.entries()).toEqual([
      { clientId: 'a', body: 'een', state: 'failed' },
      { clientId: 'b', body: 'twee', state: 'sending' },
    ]);
    expect(server.tries).toEqual(['a', 'a']);
    server.answer = 'store';
    await outbox.add('a', 'een');
    expect(bodies()).toEqual(['een', 'twee']);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.tries).toEqual(['a', 'a', 'a', 'b']);
  });

  it('a send unanswered while disconnected waits, not failed, and goes again with the same clientId', async () => {
    const { server, outbox, bodies } = setup();
    server.answer = 'none';
    server.holding = true;
    const sending = outbox.add('a', 'een');
    await vi.advanceTimersByTimeAsync(0);
    server.connected = false;
    server.held.shift()?.();
    await sending;
    await outbox.add('b', 'twee');
    expect(outbox.entries().map((o) => o.state)).toEqual(['sending', 'sending']);
    server.connected = true;
    server.holding = false;
    server.answer = 'store';
    await outbox.flush();
    expect(server.tries).toEqual(['a', 'a', 'b']);
    expect(bodies()).toEqual(['een', 'twee']);
  });

  it('settles what a resume shows stored (its ack lost), only for its own sender, and sends the rest', async () => {
    const { server, outbox } = setup();
    server.connected = false;
    await outbox.add('a', 'een');
    await outbox.add('b', 'twee');
    const seen = (clientId: string, sender: Message['sender']) =>
      ({ id: clientId, conversationId, seq: 1, sender, body: '', sentAt: '', clientId }) as Message;
    outbox.settle([seen('b', 'counsellor')]);
    expect(outbox.entries()).toHaveLength(2);
    outbox.settle([seen('a', 'visitor')]);
    expect(outbox.entries().map((o) => o.clientId)).toEqual(['b']);
    server.connected = true;
    await outbox.flush();
    expect(server.tries).toEqual(['b']);
  });

  it('retries RATE_LIMITED too when told to, and a reset drops a pending retry', async () => {
    const { server, outbox } = setup({ retryOn: ['UNAVAILABLE', 'RATE_LIMITED'] });
    server.answer = 'UNAVAILABLE';
    await outbox.add('a', 'een');
    outbox.reset();
    server.answer = 'store';
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.tries).toEqual(['a']);
    expect(server.stored).toEqual([]);
  });
});
