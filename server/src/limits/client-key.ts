import { createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

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

/**
 * A key per client for in-memory rate limits only: an HMAC of the address under a salt that lives in this process's
 * memory, so the key cannot be turned back into an address. Never store or log it (nor the address).
 */
export const createClientKeys = (trustProxy: number) => {
  const salt = randomBytes(32);
  return (req: IncomingMessage): string =>
    createHmac('sha256', salt).update(clientAddress(req, trustProxy)).digest('base64url');
};

export type ClientKeys = ReturnType<typeof createClientKeys>;
