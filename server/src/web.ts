import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PAGE_CLOCK, type PageClock } from '@helpline/shared';
import next from 'next';
import type { Clock } from './clock';

export type WebHandler = {
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  close: () => Promise<void>;
};

export const webDir = (): string => path.dirname(createRequire(import.meta.url).resolve('@helpline/web/package.json'));

export const isWebBuilt = (dir = webDir()): boolean => existsSync(path.join(dir, '.next', 'BUILD_ID'));

/**
 * The Next.js pages, served in-process on the API's origin (same port, SameSite=Strict cookies, no CORS), rendering
 * with the API's clock.
 */
export const createWebHandler = async (clock: Clock, dir = webDir()): Promise<WebHandler> => {
  (globalThis as { [PAGE_CLOCK]?: PageClock })[PAGE_CLOCK] = clock;
  const nextApp = next({ dev: false, dir, quiet: true });
  await nextApp.prepare();
  const handle = nextApp.getRequestHandler();
  return { handle: (req, res) => handle(req, res), close: () => nextApp.close() };
};
