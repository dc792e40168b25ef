import { createAdapter } from '@socket.io/postgres-adapter';
import type pg from 'pg';
import type { Logger } from '../logger';
import { createAdapterPool } from './adapter-pool';

const NOTIFY = 'SELECT pg_notify($1, $2)';
/** Two parameters a notification, far below PostgreSQL's 65,535 per statement. */
const MAX_PER_STATEMENT = 1000;
/** How long closing waits for the pool's connections to be given back. */
const CLOSE_WAIT_MS = 1000;

type Pending = { channel: string; payload: string; done: (error?: unknown) => void };

/**
 * The pool the adapter talks through, with every notification of one turn of the event loop sent in one statement:
 * one transaction for a whole batch of messages instead of one per emit. Everything else passes through.
 */
const batchingNotifies = (pool: pg.Pool) => {
  let pending: Pending[] = [];
  const flush = () => {
    const batch = pending;
    pending = [];
    for (let start = 0; start < batch.length; start += MAX_PER_STATEMENT) {
      const part = batch.slice(start, start + MAX_PER_STATEMENT);
      const calls = part.map((_, i) => `pg_notify($${2 * i + 1}, $${2 * i + 2})`).join(', ');
      pool
        .query(
          `SELECT ${calls}`,
          part.flatMap((n) => [n.channel, n.payload]),
        )
        .then(
          () => {
            for (const n of part) n.done();
          },
          (error: unknown) => {
            for (const n of part) n.done(error);
          },
        );
    }
  };
  return new Proxy(pool, {
    get: (target, property, receiver) => {
      if (property !== 'query') return Reflect.get(target, property, receiver);
      return (text: string, values?: unknown[]) => {
        if (text !== NOTIFY || !values) return target.query(text, values);
        const [channel, payload] = values as [string, string];
        return new Promise<void>((resolve, reject) => {
          if (pending.length === 0) setImmediate(flush);
          pending.push({ channel, payload, done: (error) => (error ? reject(error) : resolve()) });
        });
      };
    },
  });
};

/**
 * Rooms across processes through PostgreSQL LISTEN/NOTIFY (@socket.io/postgres-adapter), tuned for a chat's many
 * small emits: the notifications of one turn go out in one statement; they commit without waiting for the disk (they
 * are ephemeral: what a process misses, its clients resume from the database); and an emit reaches this process's own
 * sockets at once instead of after the round trip to PostgreSQL.
 */
export const createPgAdapter = (connectionString: string, logger: Logger) => {
  const pool = createAdapterPool({ connectionString, max: 2, options: '-c synchronous_commit=off' }, logger);
  const factory = createAdapter(batchingNotifies(pool), {
    errorHandler: (err) => logger.warn({ err }, 'socket adapter error'),
  });
  // biome-ignore lint/complexity/useArrowFunction: Socket.IO constructs its adapter with `new`, which an arrow refuses
  const adapter = function (nsp: unknown) {
    const created = factory(nsp);
    const publish = (created as unknown as { doPublish: (message: unknown) => Promise<string> }).doPublish.bind(
      created,
    );
    // The cluster adapter awaits the publish before delivering locally; the publish goes on, the local sockets need
    // not wait for it (no offsets are used: connection-state recovery is off).
    Object.assign(created, {
      doPublish: (message: unknown) => {
        void publish(message);
        return Promise.resolve('');
      },
    });
    return created;
  };
  // An adapter closed while it was still opening its LISTEN connection (a stop right after the start) takes that
  // connection afterwards and never gives it back: `pool.end()` would wait for it for ever, and a drain with it.
  const close = () =>
    Promise.race([pool.end(), new Promise<void>((resolve) => setTimeout(resolve, CLOSE_WAIT_MS).unref())]);
  return { adapter, close };
};
