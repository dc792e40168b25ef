import { describe, expect, it } from 'vitest';
import { defaultHours, ProgrammeHours as HoursSchema, openState, type ProgrammeHours } from './hours';

const hours = (weekly: ProgrammeHours['weekly'], exceptions: ProgrammeHours['exceptions'] = []): ProgrammeHours => ({
  timezone: 'Europe/Amsterdam',
  weekly,
  exceptions,
  maxWaitMinutes: 20,
});
const at = (iso: string) => new Date(iso);
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('default hours', () => {
  it('Saturday 10:30 in Amsterdam: Helpwanted closed until 11:00, Stop it Now open until 14:00', () => {
    const saturday = at('2026-11-21T09:30:00Z'); // 10:30 CET
    expect(openState(defaultHours('helpwanted'), saturday)).toEqual({
      open: false,
      opensAt: at('2026-11-21T10:00:00Z'),
      closesAt: null,
    });
    expect(openState(defaultHours('stopitnow'), saturday)).toEqual({
      open: true,
      opensAt: null,
      closesAt: at('2026-11-21T13:00:00Z'),
    });
  });

  it('Stop it Now on a Sunday next opens Monday 09:00', () => {
    expect(iso(openState(defaultHours('stopitnow'), at('2026-11-22T12:00:00Z')).opensAt)).toBe(
      '2026-11-23T08:00:00.000Z',
    );
  });

  it('Helpwanted closes at 23:00 local on a weekday and reopens 07:00', () => {
    const state = openState(defaultHours('helpwanted'), at('2026-11-23T22:30:00Z')); // 23:30 CET Monday
    expect(state.open).toBe(false);
    expect(iso(state.opensAt)).toBe('2026-11-24T06:00:00.000Z');
  });
});

describe('daylight-saving changes in Europe/Amsterdam', () => {
  // Last Sunday of March 2026 is 29 March: 02:00 CET jumps to 03:00 CEST.
  const march = hours([{ weekday: 7, opens: '02:30', closes: '04:00' }]);

  it('an opening time that does not exist (02:30 on 29 March) moves forward by the gap, as Temporal does', () => {
    const state = openState(march, at('2026-03-29T00:00:00Z')); // 01:00 CET
    expect(state.open).toBe(false);
    expect(iso(state.opensAt)).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
  });

  it('closing at 04:00 CEST on 29 March is 02:00 UTC, one hour earlier in UTC than the week before', () => {
    expect(iso(openState(march, at('2026-03-29T01:30:00Z')).closesAt)).toBe('2026-03-29T02:00:00.000Z');
    expect(iso(openState(march, at('2026-03-22T02:00:00Z')).closesAt)).toBe('2026-03-22T03:00:00.000Z');
    expect(openState(march, at('2026-03-29T02:00:00Z')).open).toBe(false);
  });

  // Last Sunday of October 2026 is 25 October: 03:00 CEST goes back to 02:00 CET.
  const october = hours([{ weekday: 7, opens: '01:00', closes: '05:00' }]);

  it('on 25 October the 01:00-05:00 opening lasts five real hours', () => {
    const state = openState(october, at('2026-10-25T00:30:00Z')); // 02:30 CEST, first pass
    expect(state.open).toBe(true);
    expect(iso(state.closesAt)).toBe('2026-10-25T04:00:00.000Z'); // 05:00 CET
    expect(openState(october, at('2026-10-24T23:00:00Z')).open).toBe(true); // 01:00 CEST
    expect(openState(october, at('2026-10-24T22:59:00Z')).open).toBe(false);
  });

  it('default Helpwanted hours open at 11:00 local on both sides of the change', () => {
    expect(iso(openState(defaultHours('helpwanted'), at('2026-10-25T05:00:00Z')).opensAt)).toBe(
      '2026-10-25T10:00:00.000Z',
    );
    expect(iso(openState(defaultHours('helpwanted'), at('2026-10-24T05:00:00Z')).opensAt)).toBe(
      '2026-10-24T09:00:00.000Z',
    );
    expect(iso(openState(defaultHours('helpwanted'), at('2026-03-29T05:00:00Z')).opensAt)).toBe(
      '2026-03-29T09:00:00.000Z',
    );
  });
});

describe('closing at 24:00', () => {
  const late = hours([
    { weekday: 5, opens: '18:00', closes: '24:00' },
    { weekday: 6, opens: '00:00', closes: '02:00' },
    { weekday: 1, opens: '20:00', closes: '24:00' },
  ]);

  it('is open at 23:59 and closed at midnight when nothing follows', () => {
    expect(openState(late, at('2026-11-23T22:59:00Z')).open).toBe(true); // Monday 23:59 CET
    expect(iso(openState(late, at('2026-11-23T22:00:00Z')).closesAt)).toBe('2026-11-23T23:00:00.000Z');
    expect(openState(late, at('2026-11-23T23:00:00Z')).open).toBe(false);
  });

  it('chains into an opening at 00:00 the next day: closes at the real end', () => {
    const state = openState(late, at('2026-11-27T20:00:00Z')); // Friday 21:00 CET
    expect(iso(state.closesAt)).toBe('2026-11-28T01:00:00.000Z'); // Saturday 02:00 CET
  });

  it('is accepted by the schema, and 24:00 as an opening time is not', () => {
    expect(HoursSchema.safeParse(late).success).toBe(true);
    const bad = HoursSchema.safeParse(hours([{ weekday: 1, opens: '24:00', closes: '24:00' }]));
    expect(bad.error?.issues[0]?.path).toEqual(['weekly', 0, 'opens']);
  });
});

describe('exceptions', () => {
  const weekdays = defaultHours('stopitnow');

  it('a closed date overrides the weekly schedule (Christmas on a Friday)', () => {
    const christmas = { ...weekdays, exceptions: [{ date: '2026-12-25', closed: true, note: 'Kerst' }] };
    const state = openState(christmas, at('2026-12-25T10:00:00Z'));
    expect(state.open).toBe(false);
    expect(iso(state.opensAt)).toBe('2026-12-26T09:00:00.000Z'); // Saturday 10:00 CET
  });

  it('changed hours on a date replace that day only', () => {
    const short = { ...weekdays, exceptions: [{ date: '2026-12-24', opens: '09:00', closes: '17:00' }] };
    expect(iso(openState(short, at('2026-12-24T10:00:00Z')).closesAt)).toBe('2026-12-24T16:00:00.000Z');
    expect(iso(openState(short, at('2026-12-23T10:00:00Z')).closesAt)).toBe('2026-12-23T20:00:00.000Z');
  });

  it('an exception can open a day that is closed every week', () => {
    const sunday = { ...weekdays, exceptions: [{ date: '2026-11-29', opens: '12:00', closes: '16:00' }] };
    expect(openState(sunday, at('2026-11-29T12:00:00Z')).open).toBe(true);
  });

  it('a schedule that never opens has no next opening', () => {
    expect(openState(hours([]), at('2026-11-22T12:00:00Z'))).toEqual({ open: false, opensAt: null, closesAt: null });
  });
});
