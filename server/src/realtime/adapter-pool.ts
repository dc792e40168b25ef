import pg from 'pg';
import type { Logger } from '../logger';
import { safeError } from '../safe-error';

/**
 * The node-postgres pool of the Socket.IO PostgreSQL adapter, made to survive a database restart:
 * - a restart ends every connection with an 'error' event, also on the adapter's LISTEN connection, which stays
 *   checked out of the pool; without a listener that event would end the whole process;
 * - the adapter then takes a new LISTEN connection but never gives the ended one back, so each restart would keep a
 *   pool slot until none is left to publish with (broadcasts to other processes would hang): a checked-out
 *   connection that ends goes back to the pool, which discards it.
 */
export const createAdapterPool = (config: pg.PoolConfig, logger: Logger) => {
  const pool = new pg.Pool(config);
  pool.on('connect', (client) =>
    client.on('error', (error) =>
      logger.warn({ err: safeError(error) }, 'socket adapter lost its database connection'),
    ),
  );
  // An idle connection's error is also re-emitted by the pool; the connection's own listener above has logged it.
  pool.on('error', () => {});

  const onEnd = new WeakMap<pg.PoolClient, () => void>();
  pool.on('acquire', (client) => {
    const giveBack = () => client.release(new Error('connection ended'));
    onEnd.set(client, giveBack);
    client.once('end', giveBack);
  });
  pool.on('release', (_error, client) => {
    const giveBack = onEnd.get(client);
    if (giveBack) client.removeListener('end', giveBack);
  });
  return pool;
};
