import type { AppDeps } from './app';
import { createProgrammeRepo } from './modules/programmes/programme.repo';
import { createProgrammeService } from './modules/programmes/programme.service';
import { createQueueStatsRepo } from './modules/queue/queue-stats.repo';
import { createQueueStatsService } from './modules/queue/queue-stats.service';

/** Builds every domain service once per app from its narrow dependencies. */
export const createServices = ({ db, clock }: Pick<AppDeps, 'db' | 'clock' | 'env' | 'logger'>) => {
  const programmes = createProgrammeService({ repo: createProgrammeRepo(db.db), clock });
  const queue = createQueueStatsService({ repo: createQueueStatsRepo(db.db) });
  return { programmes, queue };
};

export type Services = ReturnType<typeof createServices>;
