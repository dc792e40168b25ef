import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as c from './index';

const id = '3f2b8c1e-7a4d-4b6e-9f1a-2c3d4e5f6a7b';
const now = '2026-11-22T10:00:00.000Z';
const message = { id, conversationId: id, seq: 1, sender: 'visitor', body: 'hoi', sentAt: now };
const conversation = {
  id,
  programme: 'helpwanted',
  channel: 'chat',
  status: 'queued',
  queuedAt: now,
  startedAt: null,
  endedAt: null,
  intake: {},
  returning: false,
  counsellorId: null,
};
const staff = { id, username: 'anna', alias: 'Anna', role: 'counsellor', programmes: ['helpwanted'] };
const listItem = {
  id,
  programme: 'stopitnow',
  channel: 'chat',
  status: 'ended',
  queuedAt: now,
  startedAt: now,
  endedAt: now,
  counsellorAlias: 'Anna',
  tags: {},
  returning: false,
  missingTags: ['gender'],
  tagsComplete: false,
};
const referral = {
  id,
  kind: 'call-appointment',
  conversationId: id,
  contactId: null,
  programme: 'stopitnow',
  clinic: 'de-waag',
  appointmentAt: now,
  status: 'planned',
  intendsTreatment: null,
  createdAt: now,
};
const zeros = (n: number) => Array.from({ length: n }, () => 0);
const summary = {
  programme: 'stopitnow',
  from: now,
  to: now,
  contacts: { total: 1, byChannel: { chat: 1, phone: 0, email: 0, mailbox: 0 } },
  mailbox: { received: 0, answered: 0, medianReplyHours: null, p90ReplyHours: null, overdue: 0 },
  chats: { requested: 1, answered: 1, missed: { 'outside-hours': 0, abandoned: 0, 'timed-out': 0 } },
  uniqueVisitors: 1,
  repeatContactRate: 0,
  waits: { medianSeconds: 10, p90Seconds: 20 },
  tags: { gender: { male: 1 } },
  referrals: { planned: 1, called: 0, noShow: 0, cancelled: 0, intendsTreatment: 0, otherClinicDetails: 0 },
  survey: { responses: 0, satisfiedRate: null, feltBetterRate: null, wouldRecommendRate: null },
};
const hours = {
  timezone: 'Europe/Amsterdam',
  weekly: [{ weekday: 1, opens: '09:00', closes: '24:00' }],
  exceptions: [{ date: '2026-12-25', closed: true }],
  maxWaitMinutes: 20,
};
const overview = {
  programmes: [
    { id: 'helpwanted', open: true, waiting: 1, longestWaitSeconds: 3, activeChats: 2, countersToday: { chats: 3 } },
  ],
  counsellors: [{ id, alias: 'Anna', status: 'available', activeChats: 1, capacity: 2 }],
};

type Row = [name: string, schema: z.ZodType, valid: unknown, invalid: unknown, field: string];
/** One row per payload of PROTOCOL.md: a valid example parses, an invalid one fails naming the field. */
const rows: Row[] = [
  // shared shapes
  ['Message', c.Message, message, { ...message, seq: 0 }, 'seq'],
  ['Conversation', c.Conversation, conversation, { ...conversation, status: 'lost' }, 'status'],
  [
    'Intake',
    c.Intake,
    { ageBand: '12-18', about: 'self', language: 'nl', returnCode: 'ABCD-EFGH-JKMN' },
    { about: 'them' },
    'about',
  ],
  [
    'ErrorEnvelope',
    c.ErrorEnvelope,
    { error: { code: 'CLOSED', message: 'dicht', opensAt: now } },
    { error: { code: 'OOPS', message: '' } },
    'error.code',
  ],
  // REST
  ['HealthAnswer', c.HealthAnswer, { ok: true, db: 'ok' }, { ok: 'yes', db: 'ok' }, 'ok'],
  [
    'ProgrammeState',
    c.ProgrammeState,
    {
      id: 'helpwanted',
      name: 'Helpwanted',
      open: true,
      opensAt: null,
      closesAt: now,
      waiting: 0,
      estimatedWaitSeconds: 0,
      counsellorsAvailable: 1,
      selfHelpUrl: 'https://www.helpwanted.nl',
    },
    { id: 'other' },
    'id',
  ],
  [
    'LoginBody',
    c.LoginBody,
    { username: 'anna', password: 'correct horse battery', totp: '123456' },
    { username: 'anna', password: 'x', totp: '12ab56' },
    'totp',
  ],
  ['LoginAnswer', c.LoginAnswer, { staff }, { staff: { ...staff, role: 'admin' } }, 'staff.role'],
  [
    'TotpEnrolStart',
    c.TotpEnrolStart,
    { secret: 'ABC', otpauthUrl: 'otpauth://totp/x', qrSvg: '<svg/>' },
    { secret: 'ABC' },
    'otpauthUrl',
  ],
  ['TotpEnrolConfirm', c.TotpEnrolConfirm, { code: '123456' }, { code: '1234' }, 'code'],
  [
    'ConversationListQuery',
    c.ConversationListQuery,
    { programme: 'stopitnow', status: 'ended', mine: 'true', from: '2026-01-01' },
    { from: 'yesterday' },
    'from',
  ],
  ['ConversationListItem', c.ConversationListItem, listItem, { ...listItem, channel: 'phone' }, 'channel'],
  [
    'ConversationDetail',
    c.ConversationDetail,
    { ...listItem, intake: {}, counsellorId: id, referrals: [referral] },
    { ...listItem, intake: {}, counsellorId: id, referrals: [{ ...referral, status: 'done' }] },
    'referrals.0.status',
  ],
  [
    'Transcript',
    c.Transcript,
    { messages: [message], notes: [{ id, body: 'n', author: 'Anna', at: now }] },
    { messages: [], notes: [{ id, body: 1 }] },
    'notes.0.body',
  ],
  [
    'HelpwantedTags',
    c.HelpwantedTags,
    {
      gender: 'female',
      subjects: ['threatened-blackmailed'],
      sextortionType: 'financial',
      platforms: ['snapchat', 'unknown'],
    },
    { platforms: ['snapchat', 'myspace'] },
    'platforms.1',
  ],
  [
    'StopitnowTags',
    c.StopitnowTags,
    { contactType: 'worried-about-other', relation: 'partner', concerns: ['viewer'], foundVia: 'police' },
    { relation: 'neighbour' },
    'relation',
  ],
  [
    'ContactCreate',
    c.ContactCreate,
    {
      programme: 'stopitnow',
      channel: 'phone',
      occurredAt: now,
      durationMinutes: 15,
      tags: {
        gender: 'male',
        contactType: 'professional',
        concerns: ['other'],
        ageBand: 'unknown',
        foundVia: 'police',
        actions: ['information-only'],
      },
    },
    { programme: 'stopitnow', channel: 'phone', occurredAt: now, tags: { platforms: ['tiktok'] } },
    'tags.platforms',
  ],
  [
    'Contact',
    c.Contact,
    {
      id,
      programme: 'helpwanted',
      channel: 'email',
      occurredAt: now,
      durationMinutes: null,
      tags: {},
      loggedByAlias: 'Anna',
      createdAt: now,
    },
    { id, programme: 'helpwanted', channel: 'fax' },
    'channel',
  ],
  [
    'ReferralCreate',
    c.ReferralCreate,
    { conversationId: id, clinic: 'de-waag', appointmentAt: now },
    { conversationId: id, clinic: 'de-waag', appointmentAt: 'soon' },
    'appointmentAt',
  ],
  ['ReferralPatch', c.ReferralPatch, { status: 'called', intendsTreatment: 'yes' }, { status: 'maybe' }, 'status'],
  [
    'ReferralListQuery',
    c.ReferralListQuery,
    { status: 'planned', programme: 'stopitnow' },
    { programme: 'both' },
    'programme',
  ],
  ['Referral', c.Referral, referral, { ...referral, clinic: 'De Waag!' }, 'clinic'],
  [
    'ReferralCreate (other clinic details)',
    c.ReferralCreate,
    { contactId: id, clinic: 'fpk-noord', kind: 'other-clinic-details' },
    { clinic: 'de-waag', kind: 'other-clinic-details' },
    'conversationId',
  ],
  ['ContactListQuery', c.ContactListQuery, { mine: 'true', from: '2026-01-01' }, { mine: 'yes' }, 'mine'],
  ['Clinic', c.Clinic, { id: 'de-waag', name: 'De Waag', isDefault: true, isActive: true }, { id: 'de-waag' }, 'name'],
  ['ClinicCreate', c.ClinicCreate, { id: 'fpk-noord', name: 'FPK Noord' }, { id: 'FPK Noord', name: 'FPK' }, 'id'],
  ['ClinicPatch', c.ClinicPatch, { isDefault: true }, { isDefault: false }, 'isDefault'],
  [
    'CannedResponse',
    c.CannedResponse,
    { id, programme: 'helpwanted', language: 'nl', title: 'Welkom', body: 'Hoi', position: 1 },
    { id, programme: 'helpwanted', language: 'de', title: 'Welkom', body: 'Hoi', position: 1 },
    'language',
  ],
  [
    'CannedResponseCreate',
    c.CannedResponseCreate,
    { programme: 'stopitnow', language: 'en', title: 'Welcome', body: 'Hi' },
    { programme: 'stopitnow', language: 'en', title: 'Welcome', body: ' ' },
    'body',
  ],
  ['CannedResponsePatch', c.CannedResponsePatch, { position: 3 }, { position: -1 }, 'position'],
  ['CannedResponseQuery', c.CannedResponseQuery, { programme: 'helpwanted' }, { programme: 'all' }, 'programme'],
  [
    'SupervisorOverview',
    c.SupervisorOverview,
    overview,
    { ...overview, counsellors: [{ ...overview.counsellors[0], status: 'asleep' }] },
    'counsellors.0.status',
  ],
  [
    'MissedAnswer',
    c.MissedAnswer,
    {
      total: 0,
      byKind: { 'outside-hours': 0, abandoned: 0, 'timed-out': 0 },
      byHour: zeros(24),
      byWeekday: zeros(7),
      items: [],
    },
    {
      total: 0,
      byKind: { 'outside-hours': 0, abandoned: 0, 'timed-out': 0 },
      byHour: zeros(23),
      byWeekday: zeros(7),
      items: [],
    },
    'byHour',
  ],
  ['PeriodQuery', c.PeriodQuery, { programme: 'helpwanted', from: '2026-01-01', to: now }, { to: '2026-13-01' }, 'to'],
  ['ReportSummary', c.ReportSummary, summary, { ...summary, repeatContactRate: 2 }, 'repeatContactRate'],
  [
    'MailboxWrite',
    c.MailboxWrite,
    { programme: 'stopitnow', body: 'Hallo', intake: { about: 'self' } },
    { programme: 'stopitnow', body: 'x'.repeat(4001) },
    'body',
  ],
  ['MailboxCodeBody', c.MailboxCodeBody, { code: 'k7qm-4xpr-9htd-2wna' }, { code: 'K7QM-4XPR-9HTD' }, 'code'],
  [
    'MailboxReply',
    c.MailboxReply,
    { code: 'K7QM-4XPR-9HTD-2WNA', clientId: id, body: 'Nog iets' },
    { code: 'K7QM-4XPR-9HTD-2WNA', clientId: 'nope', body: 'Nog iets' },
    'clientId',
  ],
  [
    'ProgrammeHours',
    c.ProgrammeHours,
    hours,
    { ...hours, weekly: [{ weekday: 8, opens: '09:00', closes: '17:00' }] },
    'weekly.0.weekday',
  ],
  [
    'HoursException',
    c.HoursException,
    { date: '2026-12-24', opens: '09:00', closes: '17:00', note: 'Kerstavond' },
    { date: '2026-12-24' },
    'opens',
  ],
  ['StaffList', c.StaffList, [{ ...staff, capacity: 2, disabled: false }], [{ ...staff, capacity: 2 }], '0.disabled'],
  [
    'StaffCreate',
    c.StaffCreate,
    {
      username: 'anna',
      alias: 'Anna',
      role: 'supervisor',
      programmes: ['stopitnow'],
      password: 'a long enough phrase',
    },
    { username: 'anna', alias: 'Anna', role: 'supervisor', programmes: ['stopitnow'], password: 'short' },
    'password',
  ],
  ['StaffPatch', c.StaffPatch, { disabled: true, capacity: 3 }, { capacity: 0 }, 'capacity'],
  ['AuditQuery', c.AuditQuery, { staffId: id, from: '2026-11-01' }, { staffId: 'anna' }, 'staffId'],
  [
    'AuditEntry',
    c.AuditEntry,
    {
      id: '1',
      at: now,
      actorId: id,
      actorUsername: 'anna',
      action: 'login.success',
      targetType: null,
      targetId: null,
      details: null,
    },
    { id: '1', at: now },
    'actorId',
  ],
  // /visitor socket events
  ['SessionEvent', c.SessionEvent, { token: 'abc' }, {}, 'token'],
  [
    'QueueJoin',
    c.QueueJoin,
    { programme: 'stopitnow', intake: { about: 'other' } },
    { programme: 'stopitnow', intake: { name: 'Jan' } },
    'intake.name',
  ],
  [
    "QueueJoin (another programme's age band)",
    c.QueueJoin,
    { programme: 'stopitnow', intake: { ageBand: '18-25' } },
    { programme: 'helpwanted', intake: { ageBand: '18-25' } },
    'intake.ageBand',
  ],
  [
    'QueueJoin (free text as age band)',
    c.QueueJoin,
    { programme: 'helpwanted', intake: { ageBand: 'unknown' } },
    { programme: 'helpwanted', intake: { ageBand: '+31 6 12345678' } },
    'intake.ageBand',
  ],
  [
    'QueueJoinAnswer',
    c.QueueJoinAnswer,
    { conversationId: id, position: 1, estimatedWaitSeconds: 60 },
    { conversationId: id, position: 0, estimatedWaitSeconds: 60 },
    'position',
  ],
  [
    'QueuePosition',
    c.QueuePosition,
    { conversationId: id, position: 2, estimatedWaitSeconds: 0 },
    { conversationId: 'x', position: 2, estimatedWaitSeconds: 0 },
    'conversationId',
  ],
  [
    'ConversationStarted',
    c.ConversationStarted,
    { conversationId: id, counsellor: { alias: 'Anna' } },
    { conversationId: id, counsellor: {} },
    'counsellor.alias',
  ],
  [
    'MessageSend',
    c.MessageSend,
    { conversationId: id, clientId: id, body: 'Hallo' },
    { conversationId: id, clientId: id, body: 'x'.repeat(4001) },
    'body',
  ],
  [
    'MessageSend (blank)',
    c.MessageSend,
    { conversationId: id, clientId: id, body: ' a ' },
    { conversationId: id, clientId: id, body: '   ' },
    'body',
  ],
  ['Typing', c.Typing, { conversationId: id, typing: true }, { conversationId: id, typing: 'yes' }, 'typing'],
  ['ConversationLeave', c.ConversationLeave, { conversationId: id }, {}, 'conversationId'],
  [
    'ConversationEnded',
    c.ConversationEnded,
    { conversationId: id, endedBy: 'system', reason: 'timed-out' },
    { conversationId: id, endedBy: 'nobody' },
    'endedBy',
  ],
  [
    'ConversationResume',
    c.ConversationResume,
    { conversationId: id, afterSeq: 3 },
    { conversationId: id, afterSeq: -1 },
    'afterSeq',
  ],
  [
    'ConversationResumeAnswer',
    c.ConversationResumeAnswer,
    { conversation: { id, programme: 'helpwanted', status: 'queued', position: 1, messages: [message] } },
    { conversation: { id, programme: 'helpwanted', status: 'queued', messages: [{}] } },
    'conversation.messages.0.id',
  ],
  [
    'SurveySubmit',
    c.SurveySubmit,
    { conversationId: id, rating: 5, feltBetter: true, wouldRecommend: false },
    { conversationId: id, rating: 6 },
    'rating',
  ],
  ['ReturnCodeCreate', c.ReturnCodeCreate, {}, { token: 'x' }, 'token'],
  ['SessionEnd', c.SessionEnd, {}, { token: 'x' }, 'token'],
  [
    'ReturnCodeAnswer',
    c.ReturnCodeAnswer,
    { returnCode: 'ABCD-EFGH-JKMN' },
    { returnCode: 'ABCD-EFGH-JKM0' },
    'returnCode',
  ],
  // /staff socket events
  ['PresenceSet', c.PresenceSet, { status: 'away' }, { status: 'busy' }, 'status'],
  ['PresenceState', c.PresenceState, { status: 'available', capacity: 2 }, { status: 'away' }, 'capacity'],
  [
    'ColleagueList',
    c.ColleagueList,
    [{ id, alias: 'Bert', status: 'available', activeChats: 1, capacity: 2 }],
    [{ id, alias: 'Bert', status: 'busy', activeChats: 1, capacity: 2 }],
    '0.status',
  ],
  ['ColleagueQuery', c.ColleagueQuery, { programme: 'stopitnow' }, { programme: 'elsewhere' }, 'programme'],
  [
    'QueueSnapshot',
    c.QueueSnapshot,
    {
      programmes: [
        { programme: 'helpwanted', waiting: [{ conversationId: id, queuedAt: now, intake: {}, returning: true }] },
      ],
    },
    { programmes: [{ programme: 'helpwanted', waiting: [{ conversationId: id }] }] },
    'programmes.0.waiting.0.queuedAt',
  ],
  ['ConversationAccept', c.ConversationAccept, { conversationId: id }, { conversationId: 42 }, 'conversationId'],
  ['NoteAdd', c.NoteAdd, { conversationId: id, body: 'Let op' }, { conversationId: id, body: '' }, 'body'],
  [
    'NoteAdded',
    c.NoteAdded,
    { conversationId: id, note: { id, body: 'n', author: 'Anna', at: now } },
    { conversationId: id, note: { id } },
    'note.body',
  ],
  ['ConversationEnd', c.ConversationEnd, { conversationId: id }, { conversationId: null }, 'conversationId'],
  [
    'ConversationTransfer',
    c.ConversationTransfer,
    { conversationId: id, to: { programme: 'stopitnow' } },
    { conversationId: id, to: { programme: 'elsewhere' } },
    'to',
  ],
  ['MonitorJoin', c.MonitorJoin, { conversationId: id }, { conversationId: '' }, 'conversationId'],
];

describe('every contract payload', () => {
  it.each(rows)(
    '%s: a valid example parses, an invalid one names the failing field',
    (_name, schema, valid, invalid, field) => {
      expect(schema.safeParse(valid).error).toBeUndefined();
      const result = schema.safeParse(invalid);
      expect(result.success).toBe(false);
      if (!result.success) expect(c.formatZodError(result.error).field).toBe(field);
    },
  );

  it('covers every client event of both namespaces', () => {
    const named = new Set(rows.map(([, schema]) => schema));
    for (const schema of [...Object.values(c.visitorEventSchemas), ...Object.values(c.staffEventSchemas)]) {
      expect(named.has(schema)).toBe(true);
    }
  });
});
