import { type DbHandle, pendingMigrations } from '@helpline/db';
import type { ProcessState, ReadinessAnswer } from '@helpline/shared';

type Deps = { db: Pick<DbHandle, 'ping' | 'query'> };

/**
 * Whether this process should be sent work, as `/readyz` answers it: it has started (migrations current, keys checked
 * against the database), it is not draining, and the database answers now. Migrations only move forward: once current
 * they stay current for this process (a newer release migrating ahead of it during a rolling upgrade included).
 */
export const createReadiness = ({ db }: Deps) => {
  let state: ProcessState = 'starting';
  let keysLoaded = false;
  let migrationsCurrent = false;

  const migrations = async (): Promise<
    Pick<ReadinessAnswer, 'pendingMigrations'> & { status: 'current' | 'pending' }
  > => {
    if (migrationsCurrent) return { status: 'current' };
    const pending = await pendingMigrations(db);
    migrationsCurrent = pending === 0;
    return migrationsCurrent ? { status: 'current' } : { status: 'pending', pendingMigrations: pending };
  };

  return {
    /** How many committed migrations the database lacks (0: current); remembered once current. */
    pendingMigrations: async () => {
      const m = await migrations();
      return m.pendingMigrations ?? 0;
    },
    /** The keys file holds every key the database needs (checked at start): from now on the process serves. */
    started: () => {
      keysLoaded = true;
      if (state === 'starting') state = 'serving';
    },
    /** SIGTERM: from now on the answer is 503, whatever the checks say. */
    draining: () => {
      state = 'draining';
    },
    isDraining: () => state === 'draining',
    state: () => state,
    check: async (): Promise<ReadinessAnswer> => {
      const database = await db.ping().then(
        () => 'ok' as const,
        () => 'unreachable' as const,
      );
      const m = database === 'ok' ? await migrations().catch(() => null) : null;
      const checks = {
        database: m ? database : ('unreachable' as const),
        migrations: m?.status ?? ('unknown' as const),
        keys: keysLoaded ? ('loaded' as const) : ('not-loaded' as const),
      };
      const ready = state === 'serving' && checks.database === 'ok' && checks.migrations === 'current' && keysLoaded;
      return { ready, state, checks, ...(m?.pendingMigrations ? { pendingMigrations: m.pendingMigrations } : {}) };
    },
  };
};

export type Readiness = ReturnType<typeof createReadiness>;
