import type { ProgrammeId } from '@helpline/shared';
import type { QueueStatsRepo } from './queue-stats.repo';
import { estimateWaitSeconds } from './wait-estimate';

/** Queue length and the estimated wait, for the public programme list and for waiting visitors. */
export const createQueueStatsService = ({ repo }: { repo: QueueStatsRepo }) => {
  /** Reads the figures once and estimates for any position: one round of queries for a whole queue. */
  const estimator = async (programme: ProgrammeId) => {
    const [slots, meanHandlingSeconds] = await Promise.all([
      repo.slots(programme),
      repo.meanHandlingSeconds(programme),
    ]);
    return (position: number) => estimateWaitSeconds({ position, ...slots, meanHandlingSeconds });
  };
  const estimateFor = async (programme: ProgrammeId, position: number) => (await estimator(programme))(position);
  return {
    estimator,
    estimateFor,
    /** For someone joining now: the queue as it is, and their wait at the back of it. */
    statsOf: async (programme: ProgrammeId) => {
      const waiting = await repo.waitingCount(programme);
      return { waiting, estimatedWaitSeconds: await estimateFor(programme, waiting + 1) };
    },
  };
};
