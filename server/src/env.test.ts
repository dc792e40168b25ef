import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('environment', () => {
  it('has working defaults', () => {
    const result = parseEnv({});
    expect(result.ok && result.env.PORT).toBe(3000);
    expect(result.ok && result.env.HOST).toBe('127.0.0.1');
    expect(result.ok && result.env.HELPLINE_REQUIRE_TOTP).toBe(true);
    expect(result.ok && result.env.HELPLINE_VISITOR_FORGET_MINUTES).toBe(30);
    expect(result.ok && result.env.HELPLINE_VISITORS_PER_CLIENT).toBe(30);
    expect(result.ok && result.env.HELPLINE_TRUST_PROXY).toBe(0);
    expect(result.ok && result.env.keysFile.endsWith('/data/keys.json')).toBe(true);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['HELPLINE_SERVE_WEB', 'maybe'],
    ['HELPLINE_ALLOWED_ORIGINS', 'not a url'],
    ['HELPLINE_EXIT_URL', '/relative'],
    ['LOG_LEVEL', 'loud'],
    ['HELPLINE_VISITOR_FORGET_MINUTES', '0'],
    ['HELPLINE_VISITOR_FORGET_MINUTES', 'soon'],
    ['HELPLINE_VISITORS_PER_CLIENT', '0'],
    ['HELPLINE_VISITORS_PER_CLIENT', 'many'],
    ['HELPLINE_TRUST_PROXY', '-1'],
    ['HELPLINE_TRUST_PROXY', 'yes'],
  ])('a bad %s (%s) gives one line naming the variable', (name, value) => {
    const result = parseEnv({ [name]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.line.startsWith(`Invalid ${name}`)).toBe(true);
      expect(result.line).not.toContain('\n');
    }
  });

  it('reads the minutes after which visitor tokens are forgotten', () => {
    const result = parseEnv({ HELPLINE_VISITOR_FORGET_MINUTES: '5' });
    expect(result.ok && result.env.HELPLINE_VISITOR_FORGET_MINUTES).toBe(5);
  });

  it('normalises allowed origins', () => {
    const result = parseEnv({ HELPLINE_ALLOWED_ORIGINS: 'https://a.example/, https://b.example:8443/x' });
    expect(result.ok && result.env.HELPLINE_ALLOWED_ORIGINS).toEqual(['https://a.example', 'https://b.example:8443']);
  });
});
