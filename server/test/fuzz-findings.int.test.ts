import { defaultHours } from '@helpline/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import type { TestApp } from './harness';
import { api, chat, type Member, startTeam } from './helpers/chats';
import { ask, raw } from './helpers/sockets';

// Each test here replays a payload the fuzzing (test/fuzz) found crashing, hanging or naming no field.
let t: TestApp;
let anna: Member;
let boss: Member;
let stop: () => Promise<void>;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z')); // Monday 10:00 in Amsterdam: both open

beforeAll(async () => {
  const started = await startTeam(clock, { anna: 'helpwanted', boss: 'supervisor' });
  ({ t, stop } = started);
  ({ anna, boss } = started.team);
});
afterAll(() => stop());

/** An event as a client library might send it: any arguments, the ack last. */
const emitWithAckLast = (socket: Parameters<typeof raw>[0], event: string, ...args: unknown[]) =>
  new Promise<unknown>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer to ${event}`)), 5000);
    raw(socket).emit(event, ...args, (answer: unknown) => {
      clearTimeout(timer);
      resolve(answer);
    });
  });

const invalid = (field: string) => ({ ok: false, error: { code: 'INVALID_INPUT', field } });

describe('defects found by fuzzing', () => {
  it('conversation:resume with afterSeq 2^53-1 is INVALID_INPUT naming afterSeq, not a database error', async () => {
    const { conversationId, visitor } = await chat(t, anna, 'helpwanted', { keepOpen: true });
    for (const afterSeq of [Number.MAX_SAFE_INTEGER, 2 ** 31]) {
      expect(await ask(visitor.socket, 'conversation:resume', { conversationId, afterSeq })).toMatchObject(
        invalid('afterSeq'),
      );
      expect(await ask(anna.socket, 'conversation:resume', { conversationId, afterSeq })).toMatchObject(
        invalid('afterSeq'),
      );
    }
    const last = await ask(visitor.socket, 'conversation:resume', { conversationId, afterSeq: 2 ** 31 - 1 });
    expect(last).toMatchObject({ ok: true, conversation: { id: conversationId, messages: [] } });
    expect(t.logs.filter((line) => line.includes('socket handler failed'))).toEqual([]);
    await ask(anna.socket, 'conversation:end', { conversationId });
    visitor.socket.close();
  });

  it('an ack after extra arguments, or an ack alone, is answered with INVALID_INPUT instead of never', async () => {
    expect(await emitWithAckLast(anna.socket, 'presence:set', { status: 'away' }, 'extra', 42)).toMatchObject(
      invalid(''),
    );
    expect(await emitWithAckLast(anna.socket, 'conversation:resume')).toMatchObject(invalid(''));
    expect(await emitWithAckLast(anna.socket, 'presence:set', { status: 'away' })).toEqual({ ok: true });
  });

  it('a body in another charset or content encoding is INVALID_INPUT naming the body, not a 500', async () => {
    const post = async (headers: Record<string, string>, body: string) => {
      const res = await fetch(`${t.url}/api/auth/login`, { method: 'POST', headers, body });
      return { status: res.status, body: await res.json() };
    };
    const body = { error: { code: 'INVALID_INPUT', field: 'body' } };
    const json = 'application/json';
    expect(await post({ 'content-type': `${json}; charset=nonsense` }, '')).toMatchObject({ status: 415, body });
    expect(await post({ 'content-type': json, 'content-encoding': 'x-unknown' }, '{}')).toMatchObject({
      status: 415,
      body,
    });
    expect(await post({ 'content-type': json, 'content-encoding': 'gzip' }, '')).toMatchObject({ status: 400, body });
  });

  it('a path with a broken percent escape is INVALID_INPUT naming the path, not a 500', async () => {
    for (const path of ['/api/conversations/%/transcript', '/api/staff/%E0%A4%A', '/api/programmes/%/hours'])
      expect(await api(t, boss, 'GET', path)).toMatchObject({ status: 400, body: { error: { field: 'path' } } });
  });

  it('dates before the year 1000 or after 9999 are INVALID_INPUT naming the field, not a database error', async () => {
    const refused = (field: string) => ({ status: 400, body: { error: { code: 'INVALID_INPUT', field } } });
    expect(await api(t, boss, 'GET', '/api/reports/export.csv?from=0000-01-01T00:00:00Z')).toMatchObject(
      refused('from'),
    );
    expect(await api(t, boss, 'GET', '/api/supervisor/missed?to=9999-12-31T23:59:59-14:00')).toMatchObject(
      refused('to'),
    );
    const contact = { programme: 'helpwanted', channel: 'phone', occurredAt: '0000-01-01T00:00:00+14:00', tags: {} };
    expect(await api(t, anna, 'POST', '/api/contacts', contact)).toMatchObject(refused('occurredAt'));
  });

  it('a summary up to 9999-12-31 compares with a previous period from the year 1000, not a 500', async () => {
    const summary = await api(t, boss, 'GET', '/api/reports/summary?to=9999-12-31');
    expect(summary.status).toBe(200);
    expect(summary.body.previous.from).toBe('1000-01-01T00:00:00.000Z');
  });

  it('NUL in an alias, a login name, an audit action or an hours note is INVALID_INPUT, not a PostgreSQL error', async () => {
    const refused = (field: string) => ({ status: 400, body: { error: { code: 'INVALID_INPUT', field } } });
    const nul = 'a\u0000b';
    expect(await api(t, boss, 'PATCH', `/api/staff/${anna.id}`, { alias: nul })).toMatchObject(refused('alias'));
    expect(await api(t, null, 'POST', '/api/auth/login', { username: nul, password: 'x' })).toMatchObject(
      refused('username'),
    );
    expect(await api(t, boss, 'GET', '/api/audit?action=a%00b')).toMatchObject(refused('action'));
    const hours = { ...defaultHours('helpwanted'), exceptions: [{ date: '2026-12-25', closed: true, note: nul }] };
    expect(await api(t, boss, 'PUT', '/api/programmes/helpwanted/hours', hours)).toMatchObject(
      refused('exceptions.0.note'),
    );
  });

  it('an empty change of a clinic or a canned response names a field', async () => {
    const clinics = await api(t, boss, 'GET', '/api/clinics');
    const clinic = await api(t, boss, 'PATCH', `/api/clinics/${clinics.body[0].id}`, {});
    expect(clinic).toMatchObject({ status: 400, body: { error: { code: 'INVALID_INPUT', field: 'name' } } });
    const canned = { programme: 'helpwanted', language: 'nl', title: 'Hallo', body: 'Welkom' };
    const created = await api(t, boss, 'POST', '/api/canned-responses', canned);
    const change = await api(t, boss, 'PATCH', `/api/canned-responses/${created.body.id}`, {});
    expect(change).toMatchObject({ status: 400, body: { error: { code: 'INVALID_INPUT', field: 'language' } } });
  });
});
