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
    const estimate = (position: number) => estimateWaitSeconds({ position, ...slots, meanHandlingSeconds });
    return Object.assign(estimate, { counsellorsAvailable: slots.counsellors });
  };
  const estimateFor = async (programme: ProgrammeId, position: number) => (await estimator(programme))(position);
  return {
    estimator,
    estimateFor,
    /**
     * For someone joining now: the queue as it is, their wait at the back of it, and how many counsellors are
     * available (none: the page says so instead of promising a time).
     */
    statsOf: async (programme: ProgrammeId) => {
      const [waiting, estimate] = await Promise.all([repo.waitingCount(programme), estimator(programme)]);
      return {
        waiting,
        estimatedWaitSeconds: estimate(waiting + 1),
        counsellorsAvailable: estimate.counsellorsAvailable,
      };
    },
  };
};

export type QueueStatsService = ReturnType<typeof createQueueStatsService>;
