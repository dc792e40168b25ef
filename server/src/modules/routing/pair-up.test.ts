import { describe, expect, it } from 'vitest';
import { pairUp } from './routing.service';

const chat = (id: string) => ({ id, queued_at: '2026-11-26T09:00:00Z' });
const counsellor = (id: string, active: number, capacity = 2, last: string | null = null) => ({
  id,
  alias: id.toUpperCase(),
  capacity,
  active,
  last_assigned_at: last,
});

describe('pairing a round of waiting chats with free counsellors', () => {
  it('gives each next chat to the least busy counsellor, the one assigned longest ago first among equals', () => {
    const pairs = pairUp(
      [chat('c1'), chat('c2'), chat('c3'), chat('c4')],
      [
        counsellor('busy', 1, 3, '2026-11-26T08:00:00Z'),
        counsellor('recent', 0, 2, '2026-11-26T08:59:00Z'),
        counsellor('earlier', 0, 2, '2026-11-26T08:30:00Z'),
      ],
    );
    expect(pairs.map((p) => [p.conversationId, p.counsellor.id])).toEqual([
      ['c1', 'earlier'],
      ['c2', 'recent'],
      ['c3', 'busy'],
      ['c4', 'earlier'],
    ]);
  });

  it('never fills a counsellor past their capacity and leaves the rest waiting', () => {
    const pairs = pairUp([chat('c1'), chat('c2'), chat('c3')], [counsellor('only', 1, 2)]);
    expect(pairs.map((p) => p.conversationId)).toEqual(['c1']);
  });

  it('puts a never-assigned counsellor first among equals', () => {
    const pairs = pairUp([chat('c1')], [counsellor('old', 0, 2, '2026-01-01T00:00:00Z'), counsellor('new', 0)]);
    expect(pairs[0]?.counsellor.id).toBe('new');
  });
});
