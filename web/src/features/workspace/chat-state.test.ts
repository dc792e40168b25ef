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

describe('a supervisor at hand, per chat', () => {
  const two = [routed('first', '2026-11-26T08:50:00.000Z'), routed('second', '2026-11-26T08:55:00.000Z')].reduce(
    (s, conversation) => deskReducer(s, { type: 'chat', conversation, origin: 'accepted' }),
    initialDesk,
  );
  const chat = (state: typeof two, id: string) => state.chats.find((c) => c.id === id);

  it('keeps a supervisor’s whispers with their own chat, in the order they came; one for a chat not here changes nothing', () => {
    const from = { alias: 'Boss' };
    const state = [
      { conversationId: 'second', body: 'Vraag naar de deadline', from, at: '2026-11-26T09:01:00.000Z' },
      { conversationId: 'second', body: 'Noem 113', from, at: '2026-11-26T09:02:00.000Z' },
      { conversationId: 'gone', body: 'Elders', from, at: '2026-11-26T09:03:00.000Z' },
    ].reduce((s, whisper) => deskReducer(s, { type: 'whisper', whisper }), two);
    expect(chat(state, 'second')?.whispers.map((w) => w.body)).toEqual(['Vraag naar de deadline', 'Noem 113']);
    expect(chat(state, 'first')?.whispers).toEqual([]);
    expect(state.chats).toHaveLength(2);
  });

  it('after a reload, a whisper among the stored notes is a whisper again (once), never a note a handover could show', () => {
    const whisper = {
      conversationId: 'first',
      body: 'Noem 113',
      from: { alias: 'Boss' },
      at: '2026-11-26T09:02:00.000Z',
    };
    const live = deskReducer(two, { type: 'whisper', whisper });
    const stored = [
      { id: 'n1', body: 'Overdracht: vraagt naar de deadline', author: 'Bram', at: '2026-11-26T09:00:00.000Z' },
      { id: 'n2', body: 'Noem 113', author: 'Boss', at: '2026-11-26T09:02:00.000Z', whisper: true as const },
    ];
    const reloaded = deskReducer(live, { type: 'notes', id: 'first', notes: stored });
    expect(chat(reloaded, 'first')?.notes.map((n) => n.body)).toEqual(['Overdracht: vraagt naar de deadline']);
    expect(chat(reloaded, 'first')?.whispers).toEqual([whisper]);
    const fresh = deskReducer(two, { type: 'notes', id: 'first', notes: stored });
    expect(chat(fresh, 'first')?.whispers).toEqual([whisper]);
  });

  it('keeps the answer to "ask for help" and "ask for a debrief" on the chat they were asked for', () => {
    const asked = { supervisors: 2, at: '2026-11-26T09:05:00.000Z' };
    const state = deskReducer(deskReducer(two, { type: 'asked', id: 'first', about: 'help', asked }), {
      type: 'asked',
      id: 'second',
      about: 'debrief',
      asked: { ...asked, supervisors: 0 },
    });
    expect([chat(state, 'first')?.help, chat(state, 'first')?.debrief]).toEqual([asked, null]);
    expect([chat(state, 'second')?.help, chat(state, 'second')?.debrief]).toEqual([null, { ...asked, supervisors: 0 }]);
  });
});
