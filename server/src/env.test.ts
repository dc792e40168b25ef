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
    expect(result.ok && result.env.HELPLINE_MIGRATE).toBe(true);
    expect(result.ok && result.env.HELPLINE_METRICS_PORT).toBeUndefined();
    expect(result.ok && result.env.HELPLINE_METRICS_HOST).toBe('127.0.0.1');
    expect(result.ok && result.env.HELPLINE_DRAIN_SECONDS).toBe(20);
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
    ['HELPLINE_MIGRATE', 'later'],
    ['HELPLINE_METRICS_PORT', '65536'],
    ['HELPLINE_METRICS_PORT', 'nine'],
    ['HELPLINE_METRICS_PORT', '3000'],
    ['HELPLINE_DRAIN_SECONDS', '0'],
    ['HELPLINE_DRAIN_SECONDS', 'a while'],
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

  it('refuses a test clock without the explicit yes, in production above all, and takes it with it', () => {
    for (const NODE_ENV of ['production', 'development', undefined]) {
      const result = parseEnv({ NODE_ENV, HELPLINE_TEST_CLOCK_FILE: '/tmp/clock' });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.line.startsWith('Invalid HELPLINE_TEST_CLOCK_FILE')).toBe(true);
    }
    const production = parseEnv({ NODE_ENV: 'production', HELPLINE_TEST_CLOCK_FILE: '/tmp/clock' });
    expect(!production.ok && production.line).toContain('NODE_ENV=production');
    const allowed = parseEnv({
      NODE_ENV: 'production',
      HELPLINE_TEST_CLOCK_FILE: '/tmp/clock',
      HELPLINE_ALLOW_TEST_CLOCK: 'true',
    });
    expect(allowed.ok && allowed.env.HELPLINE_TEST_CLOCK_FILE).toBe('/tmp/clock');
    const none = parseEnv({ NODE_ENV: 'production' });
    expect(none.ok && none.env.HELPLINE_TEST_CLOCK_FILE).toBeUndefined();
  });

  it('normalises allowed origins', () => {
    const result = parseEnv({ HELPLINE_ALLOWED_ORIGINS: 'https://a.example/, https://b.example:8443/x' });
    expect(result.ok && result.env.HELPLINE_ALLOWED_ORIGINS).toEqual(['https://a.example', 'https://b.example:8443']);
  });
});
