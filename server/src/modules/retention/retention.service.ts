import { type ProgrammeId, programmeIds, type RetentionSetting } from '@helpline/shared';
import type { Clock } from '../../clock';
import type { Actor, AuditService } from '../audit/audit.service';
import type { RetentionRepo } from './retention.repo';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Crypto-shredding of transcripts past each programme's retention period; every real run is audited with its count. */
export const createRetentionService = ({
  repo,
  audit,
  clock,
}: {
  repo: RetentionRepo;
  audit: Pick<AuditService, 'record' | 'lastAt'>;
  clock: Clock;
}) => {
  const settings = async (): Promise<RetentionSetting[]> => {
    const now = clock.now();
    const [rows, counts] = await Promise.all([repo.settings(), repo.counts(now)]);
    return programmeIds.map((programme) => ({
      programme,
      retentionDays: rows.find((r) => r.id === programme)?.retentionDays ?? 0,
      dueNow: counts.due.find((d) => d.programme === programme)?.n ?? 0,
      shredded: counts.shredded.find((d) => d.programme === programme)?.n ?? 0,
    }));
  };

  /** A dry run only counts; a real run shreds and writes one audit row, also when nothing was due. */
  const run = async (opts: { dryRun: boolean; actor: Actor; source: 'job' | 'cli' | 'api' }) => {
    if (opts.dryRun) {
      const due = (await settings()).reduce((sum, s) => sum + s.dueNow, 0);
      return { dryRun: true, count: due };
    }
    const ids = await repo.shred(clock.now());
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
