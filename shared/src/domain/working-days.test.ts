import { describe, expect, it } from 'vitest';
import { replyDueBy } from './working-days';

const hours = { timezone: 'Europe/Amsterdam', exceptions: [{ date: '2026-12-25', closed: true }] };

describe('replyDueBy', () => {
  it('counts working days after the day written, skipping the weekend', () => {
    // Friday 4 December 2026, 02:00 in Amsterdam: Mon, Tue, Wed -> due at the end of Wednesday 9 December.
    expect(replyDueBy(hours, new Date('2026-12-04T01:00:00Z'), 3).toISOString()).toBe('2026-12-09T23:00:00.000Z');
  });
  it('skips a date the hours mark closed', () => {
    // Wednesday 23 December: Thu 24, (Fri 25 closed), Mon 28, Tue 29.
    expect(replyDueBy(hours, new Date('2026-12-23T10:00:00Z'), 3).toISOString()).toBe('2026-12-29T23:00:00.000Z');
  });
});
