import { defaultHours, staffEventSchemas, visitorEventSchemas } from '@helpline/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness';
import { listRoutes } from './helpers/routes';
import { askRaw, emitRaw } from './helpers/sockets';
import { call, createStaff, loginAs, PASSWORD, staffSocket } from './helpers/staff';

type Role = 'anonymous' | 'counsellor' | 'supervisor';
/** allowed: the role gets past authorization (any status but 401/403); 401/403: refused so. */
type Expect = 'allowed' | 401 | 403;
type Row = [method: string, path: string, body: unknown, expect: Record<Role, Expect>];

const everyone = { anonymous: 'allowed', counsellor: 'allowed', supervisor: 'allowed' } as const;
const staffOnly = { anonymous: 401, counsellor: 'allowed', supervisor: 'allowed' } as const;
const supervisors = { anonymous: 401, counsellor: 403, supervisor: 'allowed' } as const;
const TARGET = ':target';
const ANY_UUID = '00000000-0000-4000-8000-000000000001';

/** One line per endpoint: a new endpoint without a line here fails the completeness check below. */
const rows: Row[] = [
  ['GET', '/api/health', undefined, everyone],
  ['GET', '/api/config', undefined, everyone],
  ['GET', '/api/programmes', undefined, everyone],
  ['GET', '/api/programmes/:id/hours', undefined, everyone],
  ['POST', '/api/chat/closed-attempt', { programme: 'helpwanted' }, everyone],
  ['PUT', '/api/programmes/:id/hours', defaultHours('helpwanted'), supervisors],
  ['POST', '/api/programmes/:id/hours/today', { until: '24:00' }, supervisors],
  ['POST', '/api/auth/login', { username: 'matrix', password: PASSWORD }, everyone],
  ['POST', '/api/auth/logout', undefined, staffOnly],
  ['GET', '/api/auth/me', undefined, staffOnly],
  ['POST', '/api/auth/totp/enrol', undefined, staffOnly],
  ['POST', '/api/auth/totp/confirm', { code: '000000' }, staffOnly],
  // A wrong password answers 401 itself: bodies refused as input (400) show getting past authorization.
  ['POST', '/api/auth/password', { current: 'x', next: 'short' }, staffOnly],
  ['POST', '/api/auth/confirm', {}, staffOnly],
  ['GET', '/api/staff', undefined, supervisors],
  ['POST', '/api/staff', {}, supervisors],
  ['PATCH', '/api/staff/:id', { alias: 'Renamed' }, supervisors],
  ['POST', '/api/staff/:id/revoke-sessions', undefined, supervisors],
  ['POST', '/api/staff/:id/reset-password', { password: 'another calm long passphrase' }, supervisors],
  ['POST', '/api/staff/:id/reset-totp', undefined, supervisors],
  ['GET', '/api/conversations/:id/transcript', undefined, staffOnly],
  ['GET', '/api/audit', undefined, supervisors],
  ['GET', '/api/colleagues', undefined, staffOnly],
  ['GET', '/api/conversations', undefined, staffOnly],
  ['GET', '/api/conversations/:id', undefined, staffOnly],
  ['GET', '/api/conversations/:id/history', undefined, staffOnly],
  ['PUT', '/api/conversations/:id/tags', { gender: 'unknown' }, staffOnly],
  ['POST', '/api/contacts', {}, staffOnly],
  ['GET', '/api/contacts', undefined, staffOnly],
  ['PUT', '/api/contacts/:id/tags', { gender: 'unknown' }, staffOnly],
  ['POST', '/api/referrals', {}, staffOnly],
  ['PATCH', '/api/referrals/:id', { status: 'called' }, staffOnly],
  ['GET', '/api/referrals', undefined, staffOnly],
  ['GET', '/api/clinics', undefined, staffOnly],
  ['POST', '/api/clinics', {}, supervisors],
  ['PATCH', '/api/clinics/:id', { name: 'Renamed' }, supervisors],
  ['GET', '/api/canned-responses', undefined, staffOnly],
  ['POST', '/api/canned-responses', {}, supervisors],
  ['PATCH', '/api/canned-responses/:id', { title: 'Renamed' }, supervisors],
  ['DELETE', '/api/canned-responses/:id', undefined, supervisors],
  ['GET', '/api/supervisor/overview', undefined, supervisors],
  ['GET', '/api/supervisor/missed', undefined, supervisors],
  ['GET', '/api/reports/summary', undefined, supervisors],
  ['GET', '/api/reports/export.csv', undefined, supervisors],
  ['GET', '/api/reports/export-referrals.csv', undefined, supervisors],
  ['GET', '/api/retention', undefined, supervisors],
  ['PUT', '/api/programmes/:id/retention', { retentionDays: 90 }, supervisors],
  // The anonymous mailbox: visitors need no session (a code is the key); staff reach threads with theirs.
  ['POST', '/api/mailbox', { programme: 'helpwanted', body: 'x' }, everyone],
  ['POST', '/api/mailbox/read', { code: 'AAAA-BBBB-CCCC-DDDD' }, everyone],
  ['POST', '/api/mailbox/reply', { code: 'AAAA-BBBB-CCCC-DDDD', clientId: ANY_UUID, body: 'x' }, everyone],
  ['POST', '/api/mailbox/forget', { code: 'AAAA-BBBB-CCCC-DDDD' }, everyone],
  ['GET', '/api/mailbox/:conversationId', undefined, staffOnly],
  ['POST', '/api/mailbox/:conversationId/claim', undefined, staffOnly],
  ['POST', '/api/mailbox/:conversationId/messages', { clientId: ANY_UUID, body: 'x' }, staffOnly],
  ['POST', '/api/mailbox/:conversationId/notes', { body: 'x' }, staffOnly],
  ['POST', '/api/mailbox/:conversationId/close', undefined, staffOnly],
];

/** Socket namespaces: who may connect. */
const socketRows: [namespace: string, expect: Record<Role, 'allowed' | 'refused'>][] = [
  ['/staff', { anonymous: 'refused', counsellor: 'allowed', supervisor: 'allowed' }],
];

/** Every /staff event, once connected: allowed (any answer but FORBIDDEN) or FORBIDDEN. Anonymous cannot connect. */
const ANY_ID = '00000000-0000-4000-8000-000000000000';
const staffEventRows: [
  event: string,
  payload: unknown,
  expect: { counsellor: 'allowed' | 403; supervisor: 'allowed' | 403 },
][] = [
  ['presence:set', { status: 'away' }, { counsellor: 'allowed', supervisor: 'allowed' }],
  ['conversation:accept', { conversationId: ANY_ID }, { counsellor: 'allowed', supervisor: 'allowed' }],
  [
    'message:send',
    { conversationId: ANY_ID, clientId: ANY_ID, body: 'x' },
    { counsellor: 'allowed', supervisor: 'allowed' },
  ],
  ['typing', { conversationId: ANY_ID, typing: true }, { counsellor: 'allowed', supervisor: 'allowed' }],
  ['note:add', { conversationId: ANY_ID, body: 'x' }, { counsellor: 'allowed', supervisor: 'allowed' }],
  ['conversation:end', { conversationId: ANY_ID }, { counsellor: 'allowed', supervisor: 'allowed' }],
  [
    'conversation:transfer',
    { conversationId: ANY_ID, to: { programme: 'stopitnow' } },
    { counsellor: 'allowed', supervisor: 'allowed' },
  ],
  ['conversation:resume', { conversationId: ANY_ID }, { counsellor: 'allowed', supervisor: 'allowed' }],
  ['monitor:join', { conversationId: ANY_ID }, { counsellor: 403, supervisor: 'allowed' }],
  [
    'conversation:urgency',
    { conversationId: ANY_ID, urgency: 'self-harm' },
    { counsellor: 'allowed', supervisor: 'allowed' },
  ],
  ['help:request', { conversationId: ANY_ID }, { counsellor: 'allowed', supervisor: 'allowed' }],
  ['debrief:request', { conversationId: ANY_ID }, { counsellor: 'allowed', supervisor: 'allowed' }],
  ['whisper:send', { conversationId: ANY_ID, body: 'x' }, { counsellor: 403, supervisor: 'allowed' }],
];

/** /visitor is anonymous by design: every event is open to anyone holding a visitor token (ownership is per chat). */
const visitorEvents = [
  'queue:join',
  'message:send',
  'typing',
  'conversation:leave',
  'conversation:resume',
  'survey:submit',
  'returnCode:create',
  'session:end',
];

let t: TestApp;
let target = '';
const cookies: Partial<Record<Role, string>> = {};
const fresh: Record<Role, () => Promise<string | undefined>> = {
  anonymous: async () => undefined,
  counsellor: async () => loginAs(t, await createStaff(t, { role: 'counsellor' })),
  supervisor: async () => loginAs(t, await createStaff(t, { role: 'supervisor', totp: true })),
};

beforeAll(async () => {
  t = await startTestApp();
  target = (await createStaff(t)).id;
  await t.app.services.staff.create(null, {
    username: 'matrix',
    alias: 'M',
    role: 'counsellor',
    programmes: ['stopitnow'],
    password: PASSWORD,
  });
  for (const role of ['counsellor', 'supervisor'] as const) cookies[role] = await fresh[role]();
});
afterAll(() => t.close());

describe('access matrix', () => {
  it('has a row for every socket event of both namespaces', () => {
    expect(staffEventRows.map(([event]) => event).sort()).toEqual(Object.keys(staffEventSchemas).sort());
    expect([...visitorEvents].sort()).toEqual(Object.keys(visitorEventSchemas).sort());
  });

  it('has a row for every REST endpoint the app serves', () => {
    const covered = new Set(rows.map(([method, path]) => `${method} ${path}`));
    expect(listRoutes(t.app.express).filter((route) => !covered.has(route))).toEqual([]);
  });

  describe.each(rows)('%s %s', (method, path, body, expected) => {
    it.each(Object.entries(expected) as [Role, Expect][])('%s: %s', async (role, expect_) => {
      // Login and logout end the session they are called with: give them their own.
      const cookie = path.startsWith('/api/auth/log') ? await fresh[role]() : cookies[role];
      const url = path
        .replace(':id/hours', 'helpwanted/hours')
        .replace(':id/retention', 'helpwanted/retention')
        .replace(':conversationId', ANY_UUID)
        .replace(':id', TARGET)
        .replace(TARGET, target);
      const res = await call(t, method, url, { cookie, body });
      if (expect_ === 'allowed') expect([401, 403]).not.toContain(res.status);
      else expect(res.status).toBe(expect_);
    });
  });

  describe.each(staffEventRows)('socket /staff %s', (event, payload, expected) => {
    it.each(Object.entries(expected))('%s: %s', async (role, expect_) => {
      const socket = await staffSocket(t, cookies[role as Role]);
      // typing has no ack: it is checked for not crashing and not answering.
      if (event === 'typing') emitRaw(socket, event, payload);
      const answer = event === 'typing' ? { ok: true } : await askRaw(socket, event, payload);
      socket.close();
      if (expect_ === 403) expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      else
        expect(
          answer.ok === true || (answer.error?.code !== 'FORBIDDEN' && answer.error?.code !== 'UNAUTHENTICATED'),
        ).toBe(true);
    });
  });

  describe.each(socketRows)('socket %s', (namespace, expected) => {
    it.each(Object.entries(expected))('%s: %s', async (role, expect_) => {
      expect(namespace).toBe('/staff');
      const connecting = staffSocket(t, cookies[role as Role]);
      if (expect_ === 'refused') await expect(connecting).rejects.toThrow('UNAUTHENTICATED');
      else (await connecting).close();
    });
  });
});
