import { describe, expect, it } from 'vitest';
import { defaultHours } from './hours';
import { scheduleFrom } from './schedule';

describe('scheduleFrom', () => {
  it('gives the weekly hours per date and lets a dated exception replace them', () => {
    const hours = { ...defaultHours('helpwanted'), exceptions: [{ date: '2026-12-25', closed: true, note: 'Kerst' }] };
    const days = scheduleFrom(hours, '2026-12-24', 3);
    expect(days.map((d) => [d.date, d.weekday, d.periods])).toEqual([
      ['2026-12-24', 4, [{ opens: '07:00', closes: '23:00' }]],
      ['2026-12-25', 5, []],
      ['2026-12-26', 6, [{ opens: '11:00', closes: '19:00' }]],
    ]);
    expect(days[1]?.exception?.note).toBe('Kerst');
  });

  it('crosses the change to winter time without skipping or repeating a date', () => {
    const days = scheduleFrom(defaultHours('stopitnow'), '2026-10-24', 3);
    expect(days.map((d) => d.date)).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    expect(days.map((d) => d.periods.length)).toEqual([1, 0, 1]);
  });
});
