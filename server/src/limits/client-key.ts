import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIPv4, isIPv6 } from 'node:net';
import { CLIENT_KEY_HEADER, WEB_TOKEN_HEADER } from '@helpline/shared';

/**
 * The client's address as the last trusted proxy saw it: with `trustProxy` = N, the Nth address from the right of
 * X-Forwarded-For; with 0, the TCP peer.
 */
export const clientAddress = (req: IncomingMessage, trustProxy: number): string => {
  const peer = req.socket?.remoteAddress ?? 'unknown';
  if (trustProxy <= 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return hops[hops.length - trustProxy] ?? hops[0] ?? peer;
};

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail counts as the last two), or null. */
const ipv6Groups = (address: string): number[] | null => {
  if (!isIPv6(address)) return null;
  const hex = address
    .replace(/%.*$/, '')
    .replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_, a, b, c, d) =>
      [Number(a) * 256 + Number(b), Number(c) * 256 + Number(d)].map((n) => n.toString(16)).join(':'),
    );
  const [head = '', tail] = hex.split('::');
  const groups = (part: string) => (part ? part.split(':').map((h) => Number.parseInt(h, 16)) : []);
  if (tail === undefined) return groups(head);
  const [left, right] = [groups(head), groups(tail)];
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
};

/**
 * What counts as one client: an IPv4 address as it is (also written IPv4-mapped, `::ffff:a.b.c.d`), an IPv6 address by
 * its /64, the block one subscriber gets, so the addresses of one network are not each a new client. Brackets, a port
 * and a zone are dropped; anything else is taken as it is.
 */
export const clientNetwork = (address: string): string => {
  const bare = address.replace(/^\[([^\]]*)\](:\d+)?$/, '$1').replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, '$1');
  if (isIPv4(bare)) return bare;
  const groups = ipv6Groups(bare);
  if (!groups) return bare;
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0] = groups;
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0xffff)
    return [g >> 8, g & 255, h >> 8, h & 255].join('.');
  return `${[a, b, c, d].map((n) => n.toString(16)).join(':')}::/64`;
};

const KEY_SHAPE = /^[A-Za-z0-9_-]{43}$/;

const sameSecret = (given: string, expected: Buffer) => {
  const bytes = Buffer.from(given);
  return bytes.length === expected.length && timingSafeEqual(bytes, expected);
};

/**
 * A key per client (see `clientNetwork`) for in-memory rate limits only: an HMAC of its address under a salt that lives
 * in this process's memory, so the key cannot be turned back into an address. Never store or log it (nor the address).
 * A call from the web app's server code that shows `webToken` carries the key of the visitor it acts for.
 */
export const createClientKeys = (trustProxy: number, webToken?: string) => {
  const salt = randomBytes(32);
  const token = webToken ? Buffer.from(webToken) : null;
  const forwarded = (req: IncomingMessage): string | null => {
    const shown = req.headers[WEB_TOKEN_HEADER];
    const key = req.headers[CLIENT_KEY_HEADER];
    if (!token || typeof shown !== 'string' || typeof key !== 'string') return null;
    return sameSecret(shown, token) && KEY_SHAPE.test(key) ? key : null;
  };
  return (req: IncomingMessage): string =>
    forwarded(req) ??
    createHmac('sha256', salt)
      .update(clientNetwork(clientAddress(req, trustProxy)))
      .digest('base64url');
};

export type ClientKeys = ReturnType<typeof createClientKeys>;
