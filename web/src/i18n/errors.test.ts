import { describe, expect, it } from 'vitest';
import { describeError } from './errors';
import { errorsEn } from './errors.en';
import { errorsNl } from './errors.nl';

describe('server errors in the page language', () => {
  it('translates by code and field, never passing the English message on', () => {
    expect(describeError({ code: 'INVALID_INPUT', field: 'exceptions.2.opens' }, errorsNl)).toBe(
      'Open vanaf: vul een begintijd én een eindtijd in (UU:MM), of kies ‘Hele dag dicht’.',
    );
    expect(describeError({ code: 'INVALID_INPUT', field: 'weekly.0.opens' }, errorsNl)).toBe(
      'Open vanaf: vul een tijd in als UU:MM, bijvoorbeeld 09:00.',
    );
    expect(describeError({ code: 'INVALID_INPUT', field: 'password' }, errorsNl)).toMatch(
      /^Wachtwoord: het wachtwoord/,
    );
    expect(describeError({ code: 'CONFLICT', field: 'username' }, errorsEn)).toBe(
      'Username: this username is taken. Choose another.',
    );
  });

  it('falls back to the code, then to a generic text', () => {
    expect(describeError({ code: 'INVALID_INPUT', field: 'somethingNew' }, errorsNl)).toBe('Dit klopt niet.');
    expect(describeError({ code: 'CONFLICT' }, errorsNl)).toMatch(/^Dit kan niet/);
    expect(describeError({ code: 'TEAPOT' }, errorsNl)).toBe(errorsNl.generic);
    expect(
      describeError({ code: 'INVALID_INPUT', field: 'weekly.0.closes' }, errorsNl, 'Vaste week, maandag: Tot'),
    ).toBe('Vaste week, maandag: Tot: de eindtijd moet later zijn dan de begintijd (24:00 is middernacht).');
  });

  it('has a Dutch and an English text for every code and rule', () => {
    expect(Object.keys(errorsEn.codes).sort()).toEqual(Object.keys(errorsNl.codes).sort());
    expect(Object.keys(errorsEn.rules).sort()).toEqual(Object.keys(errorsNl.rules).sort());
    expect(Object.keys(errorsEn.fields).sort()).toEqual(Object.keys(errorsNl.fields).sort());
  });
});
