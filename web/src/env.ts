import { z } from 'zod';

const WILDCARD = new Set(['0.0.0.0', '::', '']);

/** The server process's own settings, read once: pages and API share one process and one port. */
const WebEnv = z.object({
  /** The port the platform listens on; server components reach the API there. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The interface it listens on; a wildcard is reached through the loopback address. */
  HOST: z.string().default('127.0.0.1'),
});

const parsed = WebEnv.parse({ PORT: process.env.PORT, HOST: process.env.HOST });

/** Origin of the API for calls made on the server (never the request's Host header, which the client controls). */
export const internalApiOrigin = `http://${WILDCARD.has(parsed.HOST) ? '127.0.0.1' : parsed.HOST.includes(':') ? `[${parsed.HOST}]` : parsed.HOST}:${parsed.PORT}`;
