import { describe, expect, it } from 'vitest';
import { ageParts, NEAR_MS, promiseOf } from './promise';

const now = Date.parse('2026-12-07T18:00:00Z');
const due = (msFromNow: number) => ({ expectedReplyBy: new Date(now + msFromNow).toISOString(), isOverdue: false });

describe('a thread against its reply promise', () => {
  it('is kept with more than a day left, near within the last day, overdue once passed', () => {
    expect(promiseOf(due(NEAR_MS + 60_000), now)).toBe('kept');
    expect(promiseOf(due(NEAR_MS - 60_000), now)).toBe('near');
    expect(promiseOf(due(-60_000), now)).toBe('overdue');
    // The server's word counts even where the page's clock is behind.
    expect(promiseOf({ ...due(NEAR_MS * 2), isOverdue: true }, now)).toBe('overdue');
  });

  it('carries no promise once answered or closed', () => {
    expect(promiseOf({ expectedReplyBy: null, isOverdue: false }, now)).toBe('none');
  });
});

describe('a thread’s age', () => {
  it('is told in minutes, then hours and minutes, then days and hours', () => {
    expect(ageParts(59)).toEqual({ unit: 'minutes', m: 0, h: 0, d: 0 });
    expect(ageParts(59 * 60)).toEqual({ unit: 'minutes', m: 59, h: 0, d: 0 });
    expect(ageParts(2 * 3600 + 14 * 60)).toEqual({ unit: 'hours', m: 14, h: 2, d: 0 });
    expect(ageParts(3 * 86400 + 5 * 3600 + 59 * 60)).toEqual({ unit: 'days', m: 0, h: 5, d: 3 });
  });
});
