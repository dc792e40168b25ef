import type { Message } from '@helpline/shared/events';
import { describe, expect, it } from 'vitest';
import { mergeMessages, newClientId, phaseOfStatus } from './chat-state';

const message = (seq: number, sender: Message['sender']): Message => ({
  id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
  conversationId: '00000000-0000-4000-8000-000000000000',
  seq,
  sender,
  body: `message ${seq}`,
  sentAt: '2026-11-25T21:00:00.000Z',
});

describe('the visitor’s conversation state', () => {
  it('keeps each message once and in seq order, whatever order resume, acks and live events bring them in', () => {
    const first = mergeMessages([], [message(3, 'counsellor'), message(1, 'visitor')]);
    const again = mergeMessages(first, [message(2, 'visitor'), message(1, 'visitor'), message(3, 'counsellor')]);
    expect(again.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('resumes into the phase of the stored status', () => {
    expect(phaseOfStatus('queued', 3, undefined)).toEqual({ kind: 'waiting', position: 3, estimatedWaitSeconds: null });
    expect(phaseOfStatus('active', undefined, undefined)).toEqual({ kind: 'chatting' });
    expect(phaseOfStatus('timed-out', undefined, undefined)).toEqual({ kind: 'ended', reason: 'timed-out' });
    expect(phaseOfStatus('ended', undefined, 'counsellor')).toEqual({ kind: 'ended', reason: 'counsellor' });
  });

  it('makes v4 UUIDs for client ids', () => {
    const ids = new Set(Array.from({ length: 50 }, newClientId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
