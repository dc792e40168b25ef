import type { ErrorCode } from '@helpline/shared';
import {
  AuditListQuery,
  CannedResponseCreate,
  CannedResponsePatch,
  CannedResponseQuery,
  ClinicCreate,
  ClinicPatch,
  ColleagueQuery,
  ContactCreate,
  ContactListQuery,
  ConversationListQuery,
  defaultHours,
  HelpwantedTags,
  LoginBody,
  PeriodQuery,
  ProgrammeHours,
  ReferralCreate,
  ReferralListQuery,
  ReferralPatch,
  RetentionUpdate,
  StaffCreate,
  StaffPasswordReset,
  StaffPatch,
  StopitnowTags,
  TotpEnrolConfirm,
  TotpEnrolProof,
} from '@helpline/shared';
import type { z } from 'zod';

/** Who calls a route in the fuzz: the role it is meant for. */
export type Caller = 'anonymous' | 'counsellor' | 'enroller' | 'supervisor';

/** Ids of real records, so valid payloads reach the handlers (made once per test file). */
export type RestIds = {
  conversation: string;
  stopitnowConversation: string;
  contact: string;
  referral: string;
  clinic: string;
  canned: string;
  doomedCanned: string;
  victim: string;
  login: { username: string; password: string };
};

type Json = Record<string, unknown>;
export type Route = {
  method: string;
  path: string;
  as: Caller;
  /** Valid path parameters; the fuzz replaces them with hostile ones. */
  params?: (ids: RestIds) => Record<string, string>;
  /**
   * The JSON body the route reads, valid, and its schema: the fuzz sends one-field mutations of it. Every route but
   * GET gets hostile bodies, whether it reads one or not.
   */
  body?: { schema: z.ZodType; valid: (ids: RestIds) => Json; linked?: (field: string) => string[] };
  /** The refusal of the valid body when no valid body can be known ahead (a second-factor code). */
  refusesValid?: { code: ErrorCode; field: string };
  /** The query a GET route reads, valid, and its schema: the fuzz sends one-field mutations of it (and every GET route
   * gets hostile queries). */
  query?: { schema: z.ZodType; valid: Record<string, string> };
};

const id = (key: keyof Omit<RestIds, 'login'>) => (ids: RestIds) => ({ id: ids[key] });
const programme = () => ({ id: 'helpwanted' });
const PERIOD = { programme: 'helpwanted', from: '2026-11-01', to: '2026-12-01' };

/** Dependent dimensions: changing the one they hang on may make them the refused field. */
const tagLinks = (prefix: string) => () =>
  ['sextortionType', 'relation', 'subjects', 'contactType'].map((d) => (prefix ? `${prefix}.${d}` : d));
/** Opening hours check opens and closes together, per weekly entry or exception. */
const hoursLinks = (field: string) => {
  const parent = field.split('.').slice(0, 2).join('.');
  return [`${parent}.opens`, `${parent}.closes`, 'exceptions'];
};

const helpwantedTags = { gender: 'female', contactRole: 'self', subjects: ['image-spread-by-phone'], ageBand: '12-18' };
const stopitnowTags = {
  gender: 'male',
  contactType: 'worried-about-self',
  concerns: ['viewer'],
  ageBand: '26-40',
  foundVia: 'internet',
  actions: ['clinic-call-planned'],
};
const hours = {
  ...defaultHours('helpwanted'),
  exceptions: [
    { date: '2026-12-25', closed: true, note: 'Kerst' },
    { date: '2026-12-31', opens: '09:00', closes: '17:00' },
  ],
};

/** Every route the API serves, with what the fuzz sends it; a completeness test checks this against the router. */
export const routes: Route[] = [
  { method: 'GET', path: '/api/health', as: 'anonymous' },
  { method: 'GET', path: '/api/config', as: 'anonymous' },
  { method: 'GET', path: '/api/programmes', as: 'anonymous' },
  { method: 'GET', path: '/api/programmes/:id/hours', as: 'anonymous', params: programme },
  {
    method: 'PUT',
    path: '/api/programmes/:id/hours',
    as: 'supervisor',
    params: programme,
    body: { schema: ProgrammeHours, valid: () => hours, linked: hoursLinks },
  },
  {
    method: 'POST',
    path: '/api/auth/login',
    as: 'anonymous',
    body: { schema: LoginBody, valid: (ids) => ids.login },
  },
  { method: 'POST', path: '/api/auth/logout', as: 'anonymous' },
  { method: 'GET', path: '/api/auth/me', as: 'counsellor' },
  { method: 'POST', path: '/api/auth/totp/enrol', as: 'enroller', body: { schema: TotpEnrolProof, valid: () => ({}) } },
  {
    method: 'POST',
    path: '/api/auth/totp/confirm',
    as: 'enroller',
    body: { schema: TotpEnrolConfirm, valid: () => ({ code: '123456' }) },
    refusesValid: { code: 'INVALID_INPUT', field: 'code' },
  },
  { method: 'GET', path: '/api/staff', as: 'supervisor' },
  {
    method: 'POST',
    path: '/api/staff',
    as: 'supervisor',
    body: {
      schema: StaffCreate,
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
  {
    method: 'PATCH',
    path: '/api/staff/:id',
    as: 'supervisor',
    params: id('victim'),
    body: { schema: StaffPatch, valid: () => ({ alias: 'Renamed', capacity: 3, programmes: ['stopitnow'] }) },
  },
  { method: 'POST', path: '/api/staff/:id/revoke-sessions', as: 'supervisor', params: id('victim') },
  {
    method: 'POST',
    path: '/api/staff/:id/reset-password',
    as: 'supervisor',
    params: id('victim'),
    body: { schema: StaffPasswordReset, valid: () => ({ password: 'another calm long passphrase' }) },
  },
  { method: 'POST', path: '/api/staff/:id/reset-totp', as: 'supervisor', params: id('victim') },
  { method: 'GET', path: '/api/conversations/:id/transcript', as: 'counsellor', params: id('conversation') },
  {
    method: 'GET',
    path: '/api/audit',
    as: 'supervisor',
    query: { schema: AuditListQuery, valid: { from: '2026-11-01', action: 'login', page: '1', pageSize: '20' } },
  },
  {
    method: 'GET',
    path: '/api/colleagues',
    as: 'counsellor',
    query: { schema: ColleagueQuery, valid: { programme: 'helpwanted' } },
  },
  {
    method: 'GET',
    path: '/api/conversations',
    as: 'counsellor',
    query: { schema: ConversationListQuery, valid: { ...PERIOD, status: 'ended', mine: 'true', needsTags: 'false' } },
  },
  { method: 'GET', path: '/api/conversations/:id', as: 'counsellor', params: id('conversation') },
  { method: 'GET', path: '/api/conversations/:id/history', as: 'counsellor', params: id('conversation') },
  {
    method: 'PUT',
    path: '/api/conversations/:id/tags',
    as: 'counsellor',
    params: id('conversation'),
    body: { schema: HelpwantedTags, valid: () => helpwantedTags, linked: tagLinks('') },
  },
  {
    method: 'POST',
    path: '/api/contacts',
    as: 'counsellor',
    body: {
      schema: ContactCreate,
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
  {
    method: 'GET',
    path: '/api/contacts',
    as: 'counsellor',
    query: { schema: ContactListQuery, valid: { ...PERIOD, programme: 'stopitnow', mine: 'true' } },
  },
  {
    method: 'PUT',
    path: '/api/contacts/:id/tags',
    as: 'counsellor',
    params: id('contact'),
    body: { schema: StopitnowTags, valid: () => stopitnowTags, linked: tagLinks('') },
  },
  {
    method: 'POST',
    path: '/api/referrals',
    as: 'counsellor',
    body: {
      schema: ReferralCreate,
      valid: (ids) => ({
        conversationId: ids.stopitnowConversation,
        clinic: ids.clinic,
        appointmentAt: '2026-11-25T10:00:00Z',
        kind: 'call-appointment',
      }),
      linked: () => ['conversationId', 'appointmentAt'],
    },
  },
  {
    method: 'PATCH',
    path: '/api/referrals/:id',
    as: 'counsellor',
    params: id('referral'),
    body: { schema: ReferralPatch, valid: () => ({ status: 'called', intendsTreatment: 'yes' }) },
  },
  {
    method: 'GET',
    path: '/api/referrals',
    as: 'counsellor',
    query: {
      schema: ReferralListQuery,
      valid: { ...PERIOD, programme: 'stopitnow', status: 'planned', kind: 'call-appointment', due: 'upcoming' },
    },
  },
  { method: 'GET', path: '/api/clinics', as: 'counsellor' },
  {
    method: 'POST',
    path: '/api/clinics',
    as: 'supervisor',
    body: { schema: ClinicCreate, valid: () => ({ id: 'fuzz-kliniek-twee', name: 'Kliniek Twee', isDefault: false }) },
  },
  {
    method: 'PATCH',
    path: '/api/clinics/:id',
    as: 'supervisor',
    params: id('clinic'),
    body: { schema: ClinicPatch, valid: () => ({ name: 'Kliniek Hernoemd', isActive: true }) },
  },
  {
    method: 'GET',
    path: '/api/canned-responses',
    as: 'counsellor',
    query: { schema: CannedResponseQuery, valid: { programme: 'helpwanted', language: 'nl' } },
  },
  {
    method: 'POST',
    path: '/api/canned-responses',
    as: 'supervisor',
    body: {
      schema: CannedResponseCreate,
      valid: () => ({
        programme: 'helpwanted',
        language: 'nl',
        title: 'Welkom',
        body: 'Fijn dat je er bent.',
        position: 3,
      }),
    },
  },
  {
    method: 'PATCH',
    path: '/api/canned-responses/:id',
    as: 'supervisor',
    params: id('canned'),
    body: { schema: CannedResponsePatch, valid: () => ({ title: 'Hallo', body: 'Waar wil je over praten?' }) },
  },
  { method: 'DELETE', path: '/api/canned-responses/:id', as: 'supervisor', params: id('doomedCanned') },
  { method: 'GET', path: '/api/supervisor/overview', as: 'supervisor' },
  { method: 'GET', path: '/api/supervisor/missed', as: 'supervisor', query: { schema: PeriodQuery, valid: PERIOD } },
  { method: 'GET', path: '/api/reports/summary', as: 'supervisor', query: { schema: PeriodQuery, valid: PERIOD } },
  { method: 'GET', path: '/api/reports/export.csv', as: 'supervisor', query: { schema: PeriodQuery, valid: PERIOD } },
  { method: 'GET', path: '/api/retention', as: 'supervisor' },
  {
    method: 'PUT',
    path: '/api/programmes/:id/retention',
    as: 'supervisor',
    params: programme,
    body: { schema: RetentionUpdate, valid: () => ({ retentionDays: 120 }) },
  },
];

/** A route's path with its parameters filled in (already encoded as they go on the wire). */
export const pathOf = (route: Route, params: Record<string, string>) =>
  route.path.replace(/:(\w+)/g, (_, name: string) => params[name] ?? '');

export const labelOf = (route: Route) => `${route.method} ${route.path}`;
