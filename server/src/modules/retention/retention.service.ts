import { type ProgrammeId, programmeIds, type RetentionSetting } from '@helpline/shared';
import type { Clock } from '../../clock';
import type { Actor, AuditService } from '../audit/audit.service';
import type { DataKeys } from '../conversations/data-keys';
import { addDays, epochOf, type Keyring, MAILBOX_THREAD_KEY } from '../crypto/keyring';
import type { RetentionRepo } from './retention.repo';

const DAY_MS = 24 * 60 * 60 * 1000;
const DONE = new Set(['ended', 'abandoned', 'timed-out']);
const isProgramme = (id: string): id is ProgrammeId => (programmeIds as readonly string[]).includes(id);
/** The start of the UTC day of `at`: transcripts whose retention ran out before it are due. */
const startOfDay = (at: Date) => new Date(`${epochOf(at)}T00:00:00.000Z`);

/**
 * Crypto-shredding of transcripts past each programme's retention period, in a way that holds against the disk and
 * old backups: a run destroys every epoch key whose day has passed (after moving the conversations that are not due
 * to the key of their own day), then deletes the due rows. Every real run is audited with its count.
 */
export const createRetentionService = ({
  repo,
  audit,
  clock,
  keyring,
  dataKeys,
  onShredded,
}: {
  repo: RetentionRepo;
  audit: Pick<AuditService, 'record' | 'lastAt'>;
  clock: Clock;
  keyring: Pick<Keyring, 'liveKeys' | 'destroy' | 'isDestroyed'>;
  dataKeys: Pick<DataKeys, 'rewrapUntil' | 'forget'>;
  /** Tells the other processes to drop the shredded conversations' cached keys. */
  onShredded?: (ids: string[]) => void;
}) => {
  const settings = async (): Promise<RetentionSetting[]> => {
    const [rows, counts] = await Promise.all([repo.settings(), repo.counts(startOfDay(clock.now()))]);
    return programmeIds.map((programme) => ({
      programme,
      retentionDays: rows.find((r) => r.id === programme)?.retentionDays ?? 0,
      dueNow: counts.due.find((d) => d.programme === programme)?.n ?? 0,
      shredded: counts.shredded.find((d) => d.programme === programme)?.n ?? 0,
    }));
  };

  /**
   * Keys that go in this run: programme epoch keys of days before today, and plain programme keys of older versions
   * (their conversations move to epoch keys). A key some conversation could not leave stays for the next run.
   */
  const destroyExpiredKeys = async (now: Date) => {
    const today = epochOf(now);
    const expiring = keyring
      .liveKeys()
      .filter((k) => isProgramme(k.programme) && (k.epoch === undefined || k.epoch < today))
      .map((k) => k.id);
    const stuck = new Set<string>();
    for (const row of await repo.survivorsUnder(expiring, startOfDay(now))) {
      if (!row.keyId) continue;
      const endedAt = DONE.has(row.status) ? row.endedAt : null;
      const dueAt = addDays(endedAt ?? now, row.retentionDays);
      const moved = await Promise.resolve()
        .then(() => dataKeys.rewrapUntil(row, row.programme, dueAt))
        .then(({ keyId, wrapped }) => repo.moveKey(row.id, row.keyId ?? '', keyId, wrapped))
        .catch(() => false);
      if (!moved) stuck.add(row.keyId);
    }
    keyring.destroy(
      expiring.filter((id) => !stuck.has(id)),
      now,
    );
  };

  /**
   * Keys of single mailbox threads that wrap nothing any more (shredded, or moved under an epoch key by a rotation);
   * only keys older than a day, so a thread being written (its key made, its row not yet committed) keeps its key.
   */
  const destroyUnusedThreadKeys = async (now: Date) => {
    const inUse = new Set(await repo.keysInUse());
    const unused = keyring
      .liveKeys()
      .filter(
        (k) =>
          k.programme === MAILBOX_THREAD_KEY &&
          !inUse.has(k.id) &&
          new Date(k.createdAt).getTime() < now.getTime() - DAY_MS,
      )
      .map((k) => k.id);
    keyring.destroy(unused, now);
  };

  /** A dry run only counts; a real run shreds and writes one audit row, also when nothing was due. */
  const run = async (opts: { dryRun: boolean; actor: Actor; source: 'job' | 'cli' | 'api' }) => {
    if (opts.dryRun) {
      const due = (await settings()).reduce((sum, s) => sum + s.dueNow, 0);
      return { dryRun: true, count: due };
    }
    const now = clock.now();
    await destroyExpiredKeys(now);
    const destroyed = (await repo.keysInUse()).filter((id) => keyring.isDestroyed(id));
    const ids = await repo.shred(startOfDay(now), destroyed, now);
    await destroyUnusedThreadKeys(now);
    dataKeys.forget(ids);
    if (ids.length > 0) onShredded?.(ids);
    await audit.record(opts.actor, 'retention.shredded', undefined, { count: ids.length, source: opts.source });
    return { dryRun: false, count: ids.length };
  };

  return {
    settings,
    run,
    setDays: async (actor: Actor, programme: ProgrammeId, retentionDays: number) => {
      await repo.setDays(programme, retentionDays);
      await audit.record(actor, 'retention.updated', { type: 'programme', id: programme }, { retentionDays });
      return (await settings()).find((s) => s.programme === programme);
    },
    /** The daily job: runs when no run was logged in the last day, so several processes do not each run. */
    runIfDue: async () => {
      const last = await audit.lastAt('retention.shredded');
      if (last && clock.now().getTime() - last.getTime() < DAY_MS) return null;
      return run({ dryRun: false, actor: null, source: 'job' });
    },
  };
};

export type RetentionService = ReturnType<typeof createRetentionService>;
