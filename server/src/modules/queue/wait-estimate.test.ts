import { describe, expect, it } from 'vitest';
import { DEFAULT_HANDLING_SECONDS, estimateWaitSeconds } from './wait-estimate';

describe('estimated wait', () => {
  it('is zero while a counsellor has room', () => {
    expect(estimateWaitSeconds({ position: 1, freeSlots: 1, totalSlots: 2, meanHandlingSeconds: 600 })).toBe(0);
  });

  it('grows by one handling time per round of all places', () => {
    const at = (position: number) =>
      estimateWaitSeconds({ position, freeSlots: 0, totalSlots: 2, meanHandlingSeconds: 600 });
    expect([1, 2, 3, 4, 5].map(at)).toEqual([600, 600, 1200, 1200, 1800]);
  });

  it('uses a default handling time without history, and one place when nobody is available', () => {
    expect(estimateWaitSeconds({ position: 2, freeSlots: 0, totalSlots: 0, meanHandlingSeconds: null })).toBe(
      2 * DEFAULT_HANDLING_SECONDS,
    );
  });
});
