import { HelpwantedTags, type RestRoute, type RestRouteName, restRoutes, StopitnowTags } from '@helpline/shared';
import { helpwantedTags, stopitnowTags } from '../helpers/tags';
import type { Fixture, RestIds, Route } from './rest-route';
import { hours, hoursLinks, tagLinks } from './rest-valid-bodies';

const id = (key: keyof Omit<RestIds, 'login'>) => (ids: RestIds) => ({ id: ids[key] });
const programme = () => ({ id: 'helpwanted' });
const mailboxParams = (ids: RestIds) => ({ conversationId: ids.mailboxThread });
const PERIOD = { programme: 'helpwanted', from: '2026-11-01', to: '2026-12-01' };

/** What the fuzz sends each route of the table: who calls it, valid parameters, bodies and queries to mutate. */
const fixtures: Record<RestRouteName, Fixture> = {
  health: { as: 'anonymous' },
  livez: { as: 'anonymous' },
  readyz: { as: 'anonymous' },
  config: { as: 'anonymous' },
  programmes: { as: 'anonymous' },
  hours: { as: 'anonymous', params: programme },
  closedAttempt: {
    as: 'anonymous',
    body: {
      valid: () => ({
        programme: 'helpwanted',
        lang: 'nl',
        from: 'chat',
        attempt: '00000000-0000-4000-8000-000000000001',
      }),
    },
  },
  hoursReplace: { as: 'supervisor', params: programme, body: { valid: () => hours, linked: hoursLinks } },
  hoursToday: {
    as: 'supervisor',
    params: programme,
    // One of the two, checked together: a refusal of either may name the other.
    body: { valid: () => ({ until: '24:00' }), linked: () => ['until', 'longerMinutes'] },
  },
  retention: { as: 'supervisor' },
  retentionSet: { as: 'supervisor', params: programme, body: { valid: () => ({ retentionDays: 120 }) } },
  care: { as: 'supervisor' },
  careSet: {
    as: 'supervisor',
    params: programme,
    body: { valid: () => ({ stretchMinutes: 90, heavyTags: { urgency: ['self-harm'] } }) },
  },
  login: { as: 'anonymous', body: { valid: (ids) => ids.login } },
  logout: { as: 'anonymous' },
  me: { as: 'counsellor' },
  totpEnrol: { as: 'enroller', body: { valid: () => ({}) } },
  totpConfirm: {
    as: 'enroller',
    body: { valid: () => ({ code: '123456' }) },
    refusesValid: { code: 'INVALID_INPUT', field: 'code' },
  },
  passwordChange: {
    as: 'counsellor',
    body: { valid: () => ({ current: 'wrong password here', next: 'a fresh and long passphrase' }) },
    refusesValid: { code: 'UNAUTHENTICATED', field: 'current' },
  },
  confirm: {
    as: 'supervisor',
    // One of the two, checked together: a refusal of either may name the other.
    body: { valid: () => ({ password: 'wrong password here' }), linked: () => ['password', 'code'] },
    refusesValid: { code: 'UNAUTHENTICATED', field: 'password' },
  },
  staffList: { as: 'supervisor' },
  staffCreate: {
    as: 'supervisor',
    body: {
      valid: () => ({
        username: 'fuzz.new',
        alias: 'Nieuw',
        role: 'counsellor',
        programmes: ['helpwanted'],
        capacity: 2,
        password: 'a fresh and long passphrase',
      }),
    },
  },
  staffUpdate: {
    as: 'supervisor',
    params: id('victim'),
    body: { valid: () => ({ alias: 'Renamed', capacity: 3, programmes: ['stopitnow'] }) },
  },
  staffRevokeSessions: { as: 'supervisor', params: id('victim') },
  staffResetPassword: {
    as: 'supervisor',
    params: id('victim'),
    body: { valid: () => ({ password: 'another calm long passphrase' }) },
  },
  staffResetTotp: { as: 'supervisor', params: id('victim') },
  clinics: { as: 'counsellor' },
  clinicCreate: {
    as: 'supervisor',
    body: { valid: () => ({ id: 'fuzz-kliniek-twee', name: 'Kliniek Twee', isDefault: false }) },
  },
  clinicUpdate: {
    as: 'supervisor',
    params: id('renamedClinic'),
    body: { valid: () => ({ name: 'Kliniek Hernoemd', isActive: true }) },
  },
  cannedList: { as: 'counsellor', query: { programme: 'helpwanted', language: 'nl' } },
  cannedCreate: {
    as: 'supervisor',
    body: {
      valid: () => ({
        programme: 'helpwanted',
        language: 'nl',
        title: 'Welkom',
        body: 'Fijn dat je er bent.',
        position: 3,
      }),
    },
  },
  cannedUpdate: {
    as: 'supervisor',
    params: id('canned'),
    body: { valid: () => ({ title: 'Hallo', body: 'Waar wil je over praten?' }) },
  },
  cannedDelete: { as: 'supervisor', params: id('doomedCanned') },
  conversations: { as: 'counsellor', query: { ...PERIOD, status: 'ended', mine: 'true', needsTags: 'false' } },
  conversation: { as: 'counsellor', params: id('conversation') },
  conversationHistory: { as: 'counsellor', params: id('conversation') },
  conversationTags: {
    as: 'counsellor',
    params: id('conversation'),
    body: { schema: HelpwantedTags, valid: () => helpwantedTags, linked: tagLinks('') },
  },
  transcript: { as: 'counsellor', params: id('conversation') },
  contactCreate: {
    as: 'counsellor',
    body: {
      valid: () => ({
        programme: 'stopitnow',
        channel: 'phone',
        occurredAt: '2026-11-23T08:30:00Z',
        durationMinutes: 25,
        tags: stopitnowTags,
      }),
      linked: (field) => (field === 'programme' ? ['tags'] : tagLinks('tags')()),
    },
  },
  contacts: { as: 'counsellor', query: { ...PERIOD, programme: 'stopitnow', mine: 'true' } },
  contactTags: {
    as: 'counsellor',
    params: id('contact'),
    body: { schema: StopitnowTags, valid: () => stopitnowTags, linked: tagLinks('') },
  },
  referralCreate: {
    as: 'counsellor',
    body: {
      valid: (ids) => ({
        conversationId: ids.stopitnowConversation,
        clinic: ids.clinic,
        appointmentAt: '2026-11-25T10:00:00Z',
        kind: 'call-appointment',
      }),
      linked: () => ['conversationId', 'appointmentAt'],
    },
  },
  referralUpdate: {
    as: 'counsellor',
    params: id('referral'),
    body: { valid: () => ({ status: 'called', intendsTreatment: 'yes' }) },
  },
  referrals: {
    as: 'counsellor',
    query: { ...PERIOD, programme: 'stopitnow', status: 'planned', kind: 'call-appointment', due: 'upcoming' },
  },
  colleagues: { as: 'counsellor', query: { programme: 'helpwanted' } },
  mailboxWrite: {
    as: 'anonymous',
    body: {
      valid: () => ({
        programme: 'helpwanted',
        body: 'Fuzz',
        intake: { about: 'self' },
        clientId: '00000000-0000-4000-8000-000000000004',
      }),
    },
  },
  mailboxRead: { as: 'anonymous', body: { valid: (ids) => ({ code: ids.mailboxCode }) } },
  mailboxReply: {
    as: 'anonymous',
    body: {
      valid: (ids) => ({ code: ids.mailboxCode, clientId: '00000000-0000-4000-8000-000000000002', body: 'Fuzz' }),
    },
  },
  mailboxForget: { as: 'anonymous', body: { valid: (ids) => ({ code: ids.doomedMailboxCode }) } },
  mailboxList: { as: 'counsellor', query: { channel: 'mailbox', state: 'unanswered', programme: 'helpwanted' } },
  mailboxThread: { as: 'counsellor', params: mailboxParams },
  mailboxClaim: { as: 'counsellor', params: mailboxParams },
  mailboxAnswer: {
    as: 'counsellor',
    params: mailboxParams,
    body: { valid: () => ({ clientId: '00000000-0000-4000-8000-000000000003', body: 'Fuzz' }) },
  },
  mailboxNote: { as: 'counsellor', params: mailboxParams, body: { valid: () => ({ body: 'Fuzz' }) } },
  mailboxClose: { as: 'counsellor', params: mailboxParams },
  overview: { as: 'supervisor' },
  missed: { as: 'supervisor', query: PERIOD },
  summary: { as: 'supervisor', query: PERIOD },
  exportContacts: { as: 'supervisor', query: PERIOD },
  exportReferrals: { as: 'supervisor', query: PERIOD },
  audit: { as: 'supervisor', query: { from: '2026-11-01', action: 'login', page: '1', pageSize: '20' } },
};

/** A table entry with its fixture; an entry that reads a body, a query or parameters without valid ones is an error. */
const routeOf = (name: string, entry: RestRoute, fixture: Fixture): Route => {
  const missing = (what: string) => new Error(`${name}: the table reads ${what}; its fixture has no valid one`);
  const paramNames = Object.keys(entry.params ?? {});
  if (paramNames.length > 0 && !fixture.params) throw missing('path parameters');
  if (entry.query && !fixture.query) throw missing('a query');
  const schema = entry.body ?? fixture.body?.schema;
  if (entry.body && !fixture.body) throw missing('a body');
  if (fixture.body && !schema) throw new Error(`${name}: a valid body needs a schema, the table's or the fixture's`);
  return {
    name,
    method: entry.method,
    path: entry.path,
    as: fixture.as,
    paramNames,
    ...(fixture.params ? { params: fixture.params } : {}),
    ...(fixture.body && schema ? { body: { ...fixture.body, schema } } : {}),
    ...(fixture.refusesValid ? { refusesValid: fixture.refusesValid } : {}),
    ...(entry.query && fixture.query ? { query: { schema: entry.query, valid: fixture.query } } : {}),
  };
};

/** Every route of the table, with what the fuzz sends it. */
export const routes: Route[] = Object.entries(restRoutes).map(([name, entry]) =>
  routeOf(name, entry, fixtures[name as RestRouteName]),
);
