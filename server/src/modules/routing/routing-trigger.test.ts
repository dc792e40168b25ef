import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDomainEvents } from '../conversations/domain-events';
import { bindRouting, ROUTING_DEBOUNCE_MS } from './routing-trigger';

afterEach(() => vi.useRealTimers());

describe('routing started by queue changes', () => {
  it('gives a burst of changes one round, and a steady stream of joins a round every few moments (never starved)', async () => {
    vi.useFakeTimers();
    const events = createDomainEvents();
    const rounds: string[] = [];
    const routed: string[] = [];
    events.on('routed', (programme) => routed.push(programme));
    const stop = bindRouting(
      {
        events,
        routing: {
          assignAll: async ([programme] = []) => {
            rounds.push(String(programme));
            return 0;
          },
        },
      },
      (error) => {
        throw error;
      },
    );

    for (let i = 0; i < 5; i++) events.emit('queue', 'stopitnow');
    await vi.advanceTimersByTimeAsync(ROUTING_DEBOUNCE_MS);
    expect(rounds).toEqual(['stopitnow']);
    expect(routed).toEqual(['stopitnow']);

    // A join every 10 ms for a second: routing keeps up, about one round per window, not one at the end.
    for (let ms = 0; ms < 1000; ms += 10) {
      events.emit('queue', 'helpwanted');
      await vi.advanceTimersByTimeAsync(10);
    }
    const helpwantedRounds = rounds.filter((p) => p === 'helpwanted').length;
    expect(helpwantedRounds).toBeGreaterThanOrEqual(1000 / (ROUTING_DEBOUNCE_MS + 10));
    stop();
    events.emit('queue', 'stopitnow');
    await vi.advanceTimersByTimeAsync(ROUTING_DEBOUNCE_MS * 2);
    expect(rounds.filter((p) => p === 'stopitnow')).toHaveLength(1);
  });
});
