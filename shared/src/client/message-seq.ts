import type { Message } from '../events/shapes';

/**
 * The highest seq up to which every message of a conversation is here (1, 2, ... n, without a hole), in a list sorted
 * by seq: where a resume picks up, so it also fills a hole.
 */
export const caughtUpTo = (messages: readonly Pick<Message, 'seq'>[]) => {
  let upTo = 0;
  for (const { seq } of messages) {
    if (seq > upTo + 1) break;
    upTo = Math.max(upTo, seq);
  }
  return upTo;
};

/**
 * A message that lands past a hole: some before it never arrived live (relayed by a server process that died before
 * passing them on). The client resumes to fetch them.
 */
export const isPastGap = (messages: readonly Pick<Message, 'seq'>[], incoming: Pick<Message, 'seq'>) =>
  incoming.seq > caughtUpTo(messages) + 1;

/**
 * Calls `resume` for a conversation whose messages landed past a hole, one resume at a time per conversation: one
 * running fetches what the others would.
 */
export const createCatchUp = (resume: (conversationId: string) => Promise<unknown>) => {
  const running = new Set<string>();
  return (conversationId: string) => {
    if (running.has(conversationId)) return;
    running.add(conversationId);
    void resume(conversationId)
      .catch(() => {})
      .finally(() => running.delete(conversationId));
  };
};
