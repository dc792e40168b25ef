import type { DbHandle } from '@helpline/db';
import type { Clock } from './clock';
import type { Env } from './env';
import type { Logger } from './logger';
import type { WebHandler } from './web';

/** What the app is built from: configuration, the database, a logger, the clock and, optionally, the pages. */
export type AppDeps = { env: Env; db: DbHandle; logger: Logger; clock: Clock; web?: WebHandler };
