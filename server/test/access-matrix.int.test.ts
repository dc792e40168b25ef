import {
  type Access,
  defaultHours,
  type RestRoute,
  type RestRouteName,
  restRoutes,
  routeLabel,
  staffEventSchemas,
  visitorEventSchemas,
} from '@helpline/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness';
import { listRoutes } from './helpers/routes';
import { askRaw, emitRaw } from './helpers/sockets';
import { call, createStaff, loginAs, PASSWORD, staffSocket } from './helpers/staff';

type Role = 'anonymous' | 'counsellor' | 'supervisor';
/** allowed: the role gets past authorization (any status but 401/403); 401/403: refused so. */
type Expect = 'allowed' | 401 | 403;

/** What the table's access means for each role. */
const expectedOf: Record<Access, Record<Role, Expect>> = {
  anyone: { anonymous: 'allowed', counsellor: 'allowed', supervisor: 'allowed' },
  staff: { anonymous: 401, counsellor: 'allowed', supervisor: 'allowed' },
  supervisor: { anonymous: 401, counsellor: 403, supervisor: 'allowed' },
};
const TARGET = ':target';
const ANY_UUID = '00000000-0000-4000-8000-000000000001';

/** The body each route is sent (none where left out): enough to get past parsing, or refused only as input. */
const bodies: Partial<Record<RestRouteName, unknown>> = {
  closedAttempt: { programme: 'helpwanted' },
  hoursReplace: defaultHours('helpwanted'),
  hoursToday: { until: '24:00' },
  login: { username: 'matrix', password: PASSWORD },
  totpConfirm: { code: '000000' },
  // A wrong password answers 401 itself: bodies refused as input (400) show getting past authorization.
  passwordChange: { current: 'x', next: 'short' },
  confirm: {},
  staffCreate: {},
  staffUpdate: { alias: 'Renamed' },
  staffResetPassword: { password: 'another calm long passphrase' },
  conversationTags: { gender: 'unknown' },
  contactCreate: {},
  contactTags: { gender: 'unknown' },
  referralCreate: {},
  referralUpdate: { status: 'called' },
  clinicCreate: {},
  clinicUpdate: { name: 'Renamed' },
  cannedCreate: {},
  cannedUpdate: { title: 'Renamed' },
  retentionSet: { retentionDays: 90 },
  careSet: { stretchMinutes: 120, heavyTags: {} },
  // The anonymous mailbox: visitors need no session (a code is the key); staff reach threads with theirs.
  mailboxWrite: { programme: 'helpwanted', body: 'x' },
  mailboxRead: { code: 'AAAA-BBBB-CCCC-DDDD' },
  mailboxReply: { code: 'AAAA-BBBB-CCCC-DDDD', clientId: ANY_UUID, body: 'x' },
  mailboxForget: { code: 'AAAA-BBBB-CCCC-DDDD' },
  mailboxAnswer: { clientId: ANY_UUID, body: 'x' },
  mailboxNote: { body: 'x' },
};

/**
 * Who may call what, pinned here apart from the table: a route the table opens to anyone, or opens to counsellors where
 * only supervisors belonged, fails below instead of passing both the server's guard and this matrix.
 */
const PUBLIC: RestRouteName[] = [
  'health',
  'livez',
  'readyz',
  'config',
  'programmes',
  'hours',
  'closedAttempt',
  'login',
  'mailboxWrite',
  'mailboxRead',
  'mailboxReply',
  'mailboxForget',
];
const SUPERVISORS_ONLY: RestRouteName[] = [
  'hoursReplace',
  'hoursToday',
  'retention',
  'retentionSet',
  'care',
  'careSet',
  'staffList',
  'staffCreate',
  'staffUpdate',
  'staffRevokeSessions',
  'staffResetPassword',
  'staffResetTotp',
  'clinicCreate',
  'clinicUpdate',
  'cannedCreate',
  'cannedUpdate',
  'cannedDelete',
  'overview',
  'missed',
  'summary',
  'exportContacts',
  'exportReferrals',
  'audit',
];
const namesWith = (access: Access) =>
  Object.entries(restRoutes)
    .filter(([, route]) => route.access === access)
    .map(([name]) => name)
    .sort();

/** One row per endpoint of the route table, who may call it as the table says. */
const rows = Object.entries(restRoutes).map(
  ([name, route]: [string, RestRoute]) =>
    [`${routeLabel(route)} (${name})`, route, bodies[name as RestRouteName], expectedOf[route.access]] as const,
);

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
  ['break:snooze', {}, { counsellor: 'allowed', supervisor: 'allowed' }],
  ['break:dismiss', {}, { counsellor: 'allowed', supervisor: 'allowed' }],
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

  it('the table opens to anyone only the public routes, and only the administration to supervisors alone', () => {
    expect(namesWith('anyone')).toEqual([...PUBLIC].sort());
    expect(namesWith('supervisor')).toEqual([...SUPERVISORS_ONLY].sort());
  });

  it('the app serves exactly the routes of the route table', () => {
    expect(listRoutes(t.app.express).sort()).toEqual(Object.values(restRoutes).map(routeLabel).sort());
  });

  describe.each(rows)('%s', (_label, route, body, expected) => {
    it.each(Object.entries(expected) as [Role, Expect][])('%s: %s', async (role, expect_) => {
      // Login and logout end the session they are called with: give them their own.
      const cookie = route.path.startsWith('/api/auth/log') ? await fresh[role]() : cookies[role];
      const path = route.path
        .replace(':id/hours', 'helpwanted/hours')
        .replace(':id/retention', 'helpwanted/retention')
        .replace(':id/care', 'helpwanted/care')
        .replace(':conversationId', ANY_UUID)
        .replace(':id', TARGET)
        .replace(TARGET, target);
      const query = route.servedWhen ? `?${new URLSearchParams(route.servedWhen)}` : '';
      const res = await call(t, route.method, `${path}${query}`, { cookie, body });
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
