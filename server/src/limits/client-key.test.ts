import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress, createClientKeys } from './client-key';

const request = (peer: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress: peer },
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  }) as unknown as IncomingMessage;

describe('client key for in-memory limits', () => {
  it('uses the TCP peer unless proxies are trusted', () => {
    expect(clientAddress(request('10.0.0.1', '203.0.113.9'), 0)).toBe('10.0.0.1');
  });

  it('takes the address the last trusted proxy saw, ignoring what the client made up', () => {
    const req = request('10.0.0.1', '198.51.100.7, 203.0.113.9');
    expect(clientAddress(req, 1)).toBe('203.0.113.9');
    expect(clientAddress(req, 2)).toBe('198.51.100.7');
  });

  it('gives a salted hash that differs per process and never contains the address', () => {
    const a = createClientKeys(0);
    const b = createClientKeys(0);
    const req = request('192.0.2.44');
    expect(a(req)).toBe(a(req));
    expect(a(req)).not.toBe(b(req));
    expect(a(req)).not.toContain('192.0.2.44');
    expect(a(request('192.0.2.45'))).not.toBe(a(req));
  });
});
