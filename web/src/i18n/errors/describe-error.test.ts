import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { messages } from '../request';
import { describeError } from './describe-error';

const errorsIn = (locale: 'nl' | 'en') => createTranslator({ locale, messages: messages[locale], namespace: 'errors' });
const nl = errorsIn('nl');
const en = errorsIn('en');

describe('server errors in the page language', () => {
  it('translates by code and field, never passing the English message on', () => {
    expect(describeError({ code: 'INVALID_INPUT', field: 'exceptions.2.opens' }, nl)).toBe(
      'Open vanaf: vul een begintijd én een eindtijd in (UU:MM), of kies ‘Hele dag dicht’.',
    );
    expect(describeError({ code: 'INVALID_INPUT', field: 'weekly.0.opens' }, nl)).toBe(
      'Open vanaf: vul een tijd in als UU:MM, bijvoorbeeld 09:00.',
    );
    expect(describeError({ code: 'INVALID_INPUT', field: 'password' }, nl)).toMatch(/^Wachtwoord: het wachtwoord/);
    expect(describeError({ code: 'CONFLICT', field: 'username' }, en)).toBe(
      'Username: this username is taken. Choose another.',
    );
    expect(describeError({ code: 'CONFLICT' }, nl, undefined, 'staff')).toMatch(/^Er moet altijd minstens één/);
  });

  it('falls back to the code, then to a generic text', () => {
    expect(describeError({ code: 'INVALID_INPUT', field: 'somethingNew' }, nl)).toBe('Dit klopt niet.');
    expect(describeError({ code: 'CONFLICT' }, nl)).toMatch(/^Dit kan niet/);
    expect(describeError({ code: 'TEAPOT' }, nl)).toBe(nl('generic'));
    expect(describeError({ code: 'INVALID_INPUT', field: 'weekly.0.closes' }, nl, 'Vaste week, maandag: Tot')).toBe(
      'Vaste week, maandag: Tot: de eindtijd moet later zijn dan de begintijd (24:00 is middernacht).',
    );
  });
});
