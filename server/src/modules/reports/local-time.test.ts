import { describe, expect, it } from 'vitest';
import { lastDayOf, localIsoOf } from './local-time';

describe('local times in the export', () => {
  it('writes Amsterdam wall time with the offset of that moment, winter and summer', () => {
    expect(localIsoOf(new Date('2025-01-15T13:05:09.900Z'))).toBe('2025-01-15T14:05:09+01:00');
    expect(localIsoOf(new Date('2025-07-01T22:30:00Z'))).toBe('2025-07-02T00:30:00+02:00');
    // Around the change to summer time: 01:59:59 winter, then 03:00 summer.
    expect(localIsoOf(new Date('2025-03-30T00:59:59Z'))).toBe('2025-03-30T01:59:59+01:00');
    expect(localIsoOf(new Date('2025-03-30T01:00:00Z'))).toBe('2025-03-30T03:00:00+02:00');
  });

  it('names the last day a period covers, not the exclusive end', () => {
    const from = new Date('2024-12-31T23:00:00Z');
    expect(lastDayOf({ from, to: new Date('2025-12-31T23:00:00Z') })).toBe('2025-12-31');
    expect(lastDayOf({ from, to: from })).toBe('2025-01-01');
  });
});
