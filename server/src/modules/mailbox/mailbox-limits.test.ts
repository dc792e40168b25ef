import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../clock';
import { createMailboxLimits } from './mailbox-limits';

const config = { failuresPerClient: 3, failuresTotal: 5, graceFailures: 1, threadsPerClient: 2, windowMinutes: 15 };

describe('mailbox limits', () => {
  it('refuses a client after its own failures, not others', () => {
    const limits = createMailboxLimits(createManualClock(), config);
    for (let i = 0; i < 3; i++) limits.failedCode('guesser');
    expect(() => limits.mayTryCode('guesser')).toThrow(/Too many wrong codes/);
    expect(() => limits.mayTryCode('visitor')).not.toThrow();
  });

  it('past the total, still hears clients that failed less than the grace, and nobody else', () => {
    const limits = createMailboxLimits(createManualClock(), config);
    for (const client of ['a', 'b', 'c', 'd', 'e']) limits.failedCode(client);
    // Every one of them failed once (the grace): refused now the total is reached; a fresh client is heard.
    expect(() => limits.mayTryCode('a')).toThrow();
    expect(() => limits.mayTryCode('fresh')).not.toThrow();
  });

  it('opens again in the next window', () => {
    const clock = createManualClock(new Date('2026-12-07T10:00:00Z'));
    const limits = createMailboxLimits(clock, config);
    for (let i = 0; i < 3; i++) limits.failedCode('guesser');
    clock.advance(15 * 60 * 1000);
    expect(() => limits.mayTryCode('guesser')).not.toThrow();
  });

  it('bounds new threads per client', () => {
    const limits = createMailboxLimits(createManualClock(), config);
    limits.takeThread('x');
    limits.takeThread('x');
    expect(() => limits.takeThread('x')).toThrow(/Too many messages/);
    expect(() => limits.takeThread('y')).not.toThrow();
  });
});
