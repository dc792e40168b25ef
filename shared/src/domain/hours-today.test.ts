import { describe, expect, it } from 'vitest';
import { defaultHours, openState } from './hours';
import { todayChange } from './hours-today';

// Stop it Now: weekdays 09:00-21:00. Wednesday 25 November 2026 (winter time, +01:00).
const hours = defaultHours('stopitnow');
const at = (local: string) => new Date(`2026-11-25T${local}:00+01:00`);

describe("today's exception from the live wall", () => {
  it('opens now until a time, from the day’s first opening, after closing time', () => {
    const change = todayChange(hours, at('21:10'), { until: '22:30' });
    expect(change).toEqual({ ok: true, exception: { date: '2026-11-25', opens: '09:00', closes: '22:30' } });
    if (!change.ok) return;
    const state = openState({ ...hours, exceptions: [change.exception] }, at('21:11'));
    expect(state.open).toBe(true);
    expect(state.closesAt?.toISOString()).toBe('2026-11-25T21:30:00.000Z');
  });

  it('keeps today one hour longer, capped at midnight, and refuses when closed', () => {
    expect(todayChange(hours, at('20:00'), { longerMinutes: 60 })).toMatchObject({
      ok: true,
      exception: { opens: '09:00', closes: '22:00' },
    });
    expect(todayChange(hours, at('20:00'), { longerMinutes: 240 })).toMatchObject({
      ok: true,
      exception: { closes: '24:00' },
    });
    expect(todayChange(hours, at('22:00'), { longerMinutes: 60 })).toMatchObject({ ok: false, field: 'longerMinutes' });
  });

  it('refuses a time that has passed, and never cuts a later opening of today short', () => {
    expect(todayChange(hours, at('21:10'), { until: '21:00' })).toMatchObject({ ok: false, field: 'until' });
    // Before opening: open from now, joined up with the day's own hours.
    expect(todayChange(hours, at('07:30'), { until: '08:30' })).toMatchObject({
      ok: true,
      exception: { opens: '07:30', closes: '21:00' },
    });
    const closedToday = { ...hours, exceptions: [{ date: '2026-11-25', closed: true, note: 'Studiedag' }] };
    expect(todayChange(closedToday, at('10:00'), { until: '12:00' })).toEqual({
      ok: true,
      exception: { date: '2026-11-25', opens: '10:00', closes: '12:00', note: 'Studiedag' },
    });
  });
});
