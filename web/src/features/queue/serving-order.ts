import { isUrgent, type ProgrammeId, urgencyOf } from '@helpline/shared/domain';
import type { QueueSnapshot } from '@helpline/shared/events';

export type QueueEntry = QueueSnapshot['programmes'][number]['waiting'][number] & { programme: ProgrammeId };

/** An urgent answer's place among its programme's urgent values (most urgent 0); anything else comes after them all. */
const rankOf = ({ programme, urgency }: QueueEntry) => {
  const rank = isUrgent(urgency) ? urgencyOf(programme).indexOf(urgency) : -1;
  return rank === -1 ? Number.POSITIVE_INFINITY : rank;
};
const comesFirst = (a: QueueEntry, b: QueueEntry) =>
  rankOf(a) < rankOf(b) || (rankOf(a) === rankOf(b) && a.queuedAt < b.queuedAt);

/**
 * Everyone waiting in one list: each programme's chats exactly in the order its server serves them (urgent first, a
 * chat put back keeping its place), and between programmes the more urgent first, then the one waiting longest.
 */
export const servingOrder = (queue: QueueSnapshot['programmes']): QueueEntry[] => {
  // Fresh copies, each consumed from the front as its head is taken.
  const lanes = queue.map((p) => p.waiting.map((w) => ({ ...w, programme: p.programme })));
  const ordered: QueueEntry[] = [];
  for (;;) {
    const lane = lanes.reduce<QueueEntry[] | undefined>(
      (best, candidate) => (candidate[0] && (!best?.[0] || comesFirst(candidate[0], best[0])) ? candidate : best),
      undefined,
    );
    const head = lane?.shift();
    if (!head) return ordered;
    ordered.push(head);
  }
};
