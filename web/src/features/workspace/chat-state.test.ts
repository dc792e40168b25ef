import { describe, expect, it } from 'vitest';
import { type ChatSeed, deskReducer, initialDesk } from './chat-state';

const routed = (id: string, queuedAt: string): ChatSeed => ({
  id,
  programme: 'helpwanted',
  status: 'active',
  startedAt: '2026-11-26T09:00:00.000Z',
  queuedAt,
});

describe('the counsellor’s chat list', () => {
  it('lists chats routed in one round (the same start) by how long the visitor waited, the open one first', () => {
    const state = [
      routed('b-waited-longest', '2026-11-26T08:50:00.000Z'),
      routed('a-came-later', '2026-11-26T08:59:00.000Z'),
    ].reduce((s, conversation) => deskReducer(s, { type: 'chat', conversation, origin: 'routed' }), initialDesk);
    expect(state.chats.map((c) => c.id)).toEqual(['b-waited-longest', 'a-came-later']);
    expect(state.activeId).toBe('b-waited-longest');
    expect(state.announced).toEqual(['b-waited-longest', 'a-came-later']);
  });
});
