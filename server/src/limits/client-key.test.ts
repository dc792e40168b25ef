import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress, clientNetwork, createClientKeys } from './client-key';

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

describe('finding 5: what counts as one client', () => {
  it('an IPv6 address by its /64, however it is written', () => {
    const network = clientNetwork('2001:db8:5:1::1');
    expect(network).toBe('2001:db8:5:1::/64');
    for (const address of ['2001:0db8:0005:0001:ffff:1:2:3', '[2001:db8:5:1::9]:443', '2001:db8:5:1:a::2%eth0'])
      expect(clientNetwork(address)).toBe(network);
    expect(clientNetwork('2001:db8:5:2::1')).not.toBe(network);
    expect(clientNetwork('::1')).toBe('0:0:0:0::/64');
  });

  it('an IPv4 address by itself, also IPv4-mapped or with a port', () => {
    for (const address of [
      '192.0.2.10',
      '::ffff:192.0.2.10',
      '::ffff:c000:20a',
      '192.0.2.10:5678',
      '[::ffff:192.0.2.10]',
    ])
      expect(clientNetwork(address)).toBe('192.0.2.10');
    expect(clientNetwork('192.0.2.11')).toBe('192.0.2.11');
  });

  it('keys the addresses of one /64 alike, and other text as it is', () => {
    const keys = createClientKeys(1);
    const key = (forwardedFor: string) => keys(request('10.0.0.1', forwardedFor));
    expect(key('2001:db8:5:1::1')).toBe(key('2001:db8:5:1:dead:beef:0:1'));
    expect(key('2001:db8:5:1::1')).not.toBe(key('2001:db8:5:2::1'));
    expect(key('::ffff:198.51.100.7')).toBe(key('198.51.100.7'));
    expect(clientNetwork('unknown')).toBe('unknown');
  });
});
