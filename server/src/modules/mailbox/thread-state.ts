import type { ThreadRow } from './mailbox.repo';

type Thread = ThreadRow['thread'];

/** Who holds the thread's claim now, or null when nobody does (never claimed, or lapsed). */
export const claimantOf = (thread: Thread, now: Date): string | null =>
  thread.claimedBy !== null && thread.claimedUntil !== null && thread.claimedUntil > now ? thread.claimedBy : null;

/** When an answer is promised: only while the thread waits for one. */
export const promisedBy = (thread: Thread): string | null =>
  thread.state === 'unanswered' ? (thread.expectedReplyBy?.toISOString() ?? null) : null;
