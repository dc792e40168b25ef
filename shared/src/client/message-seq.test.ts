import { describe, expect, it } from 'vitest';
import { caughtUpTo, isPastGap } from './message-seq';

const seqs = (...list: number[]) => list.map((seq) => ({ seq }));

describe('where a conversation is caught up to', () => {
  it('is the last seq without a hole before it, so a resume from there fills the hole', () => {
    expect(caughtUpTo(seqs())).toBe(0);
    expect(caughtUpTo(seqs(1, 2, 3))).toBe(3);
    expect(caughtUpTo(seqs(1, 2, 4, 5))).toBe(2);
    expect(caughtUpTo(seqs(2, 3))).toBe(0);
  });

  it('tells a message past a hole (missed ones) from the next one or one already here', () => {
    expect(isPastGap(seqs(1, 2), { seq: 3 })).toBe(false);
    expect(isPastGap(seqs(1, 2), { seq: 2 })).toBe(false);
    expect(isPastGap(seqs(1, 2), { seq: 4 })).toBe(true);
    expect(isPastGap(seqs(1, 2, 4), { seq: 5 })).toBe(true);
  });
});
