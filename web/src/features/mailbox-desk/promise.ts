import type { MailboxListItem } from '@helpline/shared/http';

/** Under this much time left, the promised answer is near: the thread should be answered now. */
export const NEAR_MS = 24 * 60 * 60 * 1000;

export type PromiseState = 'overdue' | 'near' | 'kept' | 'none';

/** Where a thread stands against the programme's reply promise (only unanswered threads carry one). */
export const promiseOf = (item: Pick<MailboxListItem, 'expectedReplyBy' | 'isOverdue'>, now: number): PromiseState => {
  if (item.isOverdue) return 'overdue';
  if (!item.expectedReplyBy) return 'none';
  const left = new Date(item.expectedReplyBy).getTime() - now;
  return left <= 0 ? 'overdue' : left < NEAR_MS ? 'near' : 'kept';
};

/** A thread's age in whole units: minutes under an hour, hours and minutes under a day, then days and hours. */
export const ageParts = (seconds: number) => {
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return { unit: 'minutes', m: minutes, h: 0, d: 0 } as const;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: 'hours', m: minutes % 60, h: hours, d: 0 } as const;
  return { unit: 'days', m: 0, h: hours % 24, d: Math.floor(hours / 24) } as const;
};
