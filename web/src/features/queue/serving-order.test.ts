import type { QueueSnapshot } from '@helpline/shared/events';
import { describe, expect, it } from 'vitest';
import { servingOrder } from './serving-order';

type Waiting = QueueSnapshot['programmes'][number]['waiting'][number];
const waiting = (id: string, minute: number, urgency?: string): Waiting => ({
  conversationId: id,
  queuedAt: `2026-12-07T18:${String(minute).padStart(2, '0')}:00.000Z`,
  intake: {},
  returning: false,
  ...(urgency ? { urgency } : {}),
});
const ids = (queue: QueueSnapshot['programmes']) => servingOrder(queue).map((w) => w.conversationId);

describe('the workspace queue in serving order', () => {
  it('keeps each programme’s order as its server sends it, even where the queue times say otherwise', () => {
    // A chat put back in the queue keeps its place ahead of one that joined before it came back.
    const helpwanted = [waiting('deadline', 9, 'deadline'), waiting('put-back', 5), waiting('first', 1)];
    expect(ids([{ programme: 'helpwanted', waiting: helpwanted }])).toEqual(['deadline', 'put-back', 'first']);
  });

  it('between programmes: the more urgent first, then the one waiting longest; "none" is not urgent', () => {
    const queue: QueueSnapshot['programmes'] = [
      { programme: 'helpwanted', waiting: [waiting('hw-deadline', 8, 'deadline'), waiting('hw-plain', 2, 'none')] },
      {
        programme: 'stopitnow',
        waiting: [
          waiting('sin-self-harm', 9, 'self-harm'),
          waiting('sin-child', 7, 'child-at-risk'),
          waiting('sin-plain', 1),
        ],
      },
    ];
    expect(ids(queue)).toEqual(['sin-self-harm', 'sin-child', 'hw-deadline', 'sin-plain', 'hw-plain']);
    expect(servingOrder(queue).map((w) => w.programme)).toEqual([
      'stopitnow',
      'stopitnow',
      'helpwanted',
      'stopitnow',
      'helpwanted',
    ]);
  });

  it('is empty when nobody waits', () => {
    expect(servingOrder([])).toEqual([]);
    expect(servingOrder([{ programme: 'helpwanted', waiting: [] }])).toEqual([]);
  });
});
