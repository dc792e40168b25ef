import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { api, member } from './helpers/chats';
import { everythingStored } from './helpers/stored-text';

const CANARY_TEXT = 'CANARY-MAILBOX-4417 ik heet Joost en woon in Deventer';
const CANARY_ANSWER = 'CANARY-ANSWER-8820 bel ons gerust';
const CANARY_REPLY = 'CANARY-REPLY-3391 dank je';
const CANARY_NOTE = 'CANARY-MNOTE-6604 lijkt op eerder contact';
const CANARY_AGENT = 'CanaryMailAgent/3.1 (Joost-tablet)';
const CANARY_FORWARDED = '203.0.113.77';

let t: TestApp;
const clock = createManualClock(new Date('2026-12-05T01:00:00Z'));
beforeAll(async () => {
  t = await startTestApp({ clock, onDisk: true, env: { HELPLINE_TRUST_PROXY: '1' } });
});
afterAll(() => t.close());

const visitorPost = async (route: string, body: unknown) => {
  const res = await fetch(`${t.url}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': CANARY_AGENT, 'x-forwarded-for': CANARY_FORWARDED },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
};

describe('mailbox anonymity and encryption at rest', () => {
  it('stores and logs no message text, no code, no client address or user agent', async () => {
    // The write form's clientId opens the thread as the code does (the code is derived from it): kept nowhere either.
    const formId = randomUUID();
    const written = await visitorPost('/api/mailbox', { programme: 'helpwanted', body: CANARY_TEXT, clientId: formId });
    expect(written.status).toBe(201);
    expect(
      (await visitorPost('/api/mailbox', { programme: 'helpwanted', body: CANARY_TEXT, clientId: formId })).body,
    ).toEqual(written.body);
    const { code, conversationId } = written.body;
    clock.set(new Date('2026-12-07T09:00:00Z'));
    const counsellor = await member(t, { programmes: ['helpwanted'] });
    expect((await api(t, counsellor, 'POST', `/api/mailbox/${conversationId}/claim`)).status).toBe(200);
    const answered = await api(t, counsellor, 'POST', `/api/mailbox/${conversationId}/messages`, {
      clientId: randomUUID(),
      body: CANARY_ANSWER,
    });
    expect(answered.status).toBe(200);
    const note = await api(t, counsellor, 'POST', `/api/mailbox/${conversationId}/notes`, { body: CANARY_NOTE });
    expect(note.status).toBe(201);
    expect((await visitorPost('/api/mailbox/read', { code })).body.messages).toHaveLength(2);
    expect((await visitorPost('/api/mailbox/reply', { code, clientId: randomUUID(), body: CANARY_REPLY })).status).toBe(
      200,
    );
    // Wrong codes are not logged either.
    expect((await visitorPost('/api/mailbox/read', { code: 'ZZZZ-YYYY-XXXX-WWWW' })).status).toBe(404);
    counsellor.socket.close();

    const logs = t.logs.join('\n');
    const stored = await everythingStored(t);
    expect(stored).toContain('Alias ');
    const bare = String(code).replaceAll('-', '');
    for (const canary of [
      CANARY_TEXT.slice(0, 20),
      CANARY_ANSWER.slice(0, 18),
      CANARY_REPLY.slice(0, 16),
      CANARY_NOTE.slice(0, 16),
      CANARY_AGENT,
      CANARY_FORWARDED,
      String(code),
      bare,
      'ZZZZ-YYYY-XXXX-WWWW',
      formId,
    ]) {
      expect(stored, canary).not.toContain(canary);
      expect(logs, canary).not.toContain(canary);
    }
    expect(logs).not.toMatch(/user-agent/i);
  });
});
