import type { IncomingMessage } from 'node:http';
import type { Database } from '@helpline/db';
import type { ProgrammeId } from '@helpline/shared';
import type { Clock } from './clock';
import type { AppDeps } from './deps';
import { clientAddress, createClientKeys } from './limits/client-key';
import { createAuditRepo } from './modules/audit/audit.repo';
import { type AuditService, createAuditService } from './modules/audit/audit.service';
import { createLoginService } from './modules/auth/login.service';
import { createLoginAttemptsRepo } from './modules/auth/login-attempts.repo';
import { createLoginThrottle } from './modules/auth/login-throttle';
import { createSessionRepo } from './modules/auth/session.repo';
import { createSessionService } from './modules/auth/session.service';
import { createThrottleKeys, throttleSecretOf } from './modules/auth/throttle-keys';
import { createCannedRepo } from './modules/canned/canned.repo';
import { createCannedService } from './modules/canned/canned.service';
import { createBreakService } from './modules/care/break.service';
import { createCareRepo } from './modules/care/care.repo';
import { createCareSettingsService } from './modules/care/care-settings.service';
import { createCaseRepo } from './modules/cases/case.repo';
import { createCaseService } from './modules/cases/case.service';
import { createClinicRepo } from './modules/clinics/clinic.repo';
import { createClinicService } from './modules/clinics/clinic.service';
import { createContactRepo } from './modules/contacts/contact.repo';
import { createContactService } from './modules/contacts/contact.service';
import { createConversationRepo } from './modules/conversations/conversation.repo';
import { createConversationService } from './modules/conversations/conversation.service';
import { createDataKeys } from './modules/conversations/data-keys';
import { createDomainEvents, type DomainEventBus } from './modules/conversations/domain-events';
import { type BatchStored, createMessageService } from './modules/conversations/message.service';
import { createNoteStore } from './modules/conversations/note-store';
import { createRequeueService } from './modules/conversations/requeue.service';
import { createSupervisionService } from './modules/conversations/supervision.service';
import { createTranscriptAccess } from './modules/conversations/transcript-access.service';
import { createUrgencyService } from './modules/conversations/urgency.service';
import { createKeyring } from './modules/crypto/keyring';
import { loadOrCreateKeysFile } from './modules/crypto/keys-file';
import { createSecretSealer, SECRETS_KEY } from './modules/crypto/secret-seal';
import { createMailboxRepo } from './modules/mailbox/mailbox.repo';
import { createCodeHasher, createCodeOfClientId } from './modules/mailbox/mailbox-code';
import { createMailboxLimits } from './modules/mailbox/mailbox-limits';
import { createMailboxStaffService } from './modules/mailbox/mailbox-staff.service';
import { createMailboxVisitorService } from './modules/mailbox/mailbox-visitor.service';
import { createMailboxWaiting } from './modules/mailbox/mailbox-waiting';
import { createLiveFigures } from './modules/operations/live-figures';
import { createOverviewRepo } from './modules/overview/overview.repo';
import { createOverviewService } from './modules/overview/overview.service';
import { createColleagueRepo } from './modules/presence/colleague.repo';
import { createPresenceService } from './modules/presence/presence.service';
import { createProgrammeRepo } from './modules/programmes/programme.repo';
import { createProgrammeService } from './modules/programmes/programme.service';
import { createClosedAttempts } from './modules/queue/closed-attempts';
import { createQueueService } from './modules/queue/queue.service';
import { createQueueStatsRepo } from './modules/queue/queue-stats.repo';
import { createQueueStatsService } from './modules/queue/queue-stats.service';
import { createReferralRepo } from './modules/referrals/referral.repo';
import { createReferralService, toReferral } from './modules/referrals/referral.service';
import { createCareFiguresRepo } from './modules/reports/care-figures.repo';
import { createChatFiguresRepo } from './modules/reports/chat-figures.repo';
import { createExportService } from './modules/reports/export.service';
import { createMailboxFiguresRepo } from './modules/reports/mailbox-figures.repo';
import { createMissedService } from './modules/reports/missed.service';
import { createSummaryRepo } from './modules/reports/summary.repo';
import { createSummaryService } from './modules/reports/summary.service';
import { createRetentionRepo } from './modules/retention/retention.repo';
import { createRetentionService } from './modules/retention/retention.service';
import { createRoutingService } from './modules/routing/routing.service';
import { createOwnAccountService } from './modules/staff/own-account.service';
import { createStaffRepo } from './modules/staff/staff.repo';
import { createStaffService } from './modules/staff/staff.service';
import { createTotpEnrolmentService } from './modules/staff/totp-enrolment.service';
import { createVisitorService } from './modules/visitors/visitor.service';

/** Case files after the chat: tags, history, contact log, clinic referrals, clinics and canned responses. */
const createCaseFiles = ({
  db,
  clock,
  audit,
  events,
}: {
  db: Database;
  clock: Clock;
  audit: AuditService;
  events: DomainEventBus;
}) => {
  const referralRepo = createReferralRepo(db);
  const cases = createCaseService({
    cases: createCaseRepo(db),
    referralsOf: async (id) => (await referralRepo.ofConversation(id)).map(toReferral),
    audit,
    clock,
    onTagged: (id, savedBy) => events.emit('tagged', id, savedBy),
  });
  const contacts = createContactService({ repo: createContactRepo(db), clock });
  const clinics = createClinicService({ repo: createClinicRepo(db), audit });
  const referrals = createReferralService({ repo: referralRepo, cases, contacts, clinics, clock });
  const canned = createCannedService({ repo: createCannedRepo(db), audit, clock });
  return { cases, contacts, clinics, referrals, canned };
};

/** What the services report as they work (the metrics listen): each stored batch of messages. */
export type ServiceObservers = { onBatch?: (batch: BatchStored) => void };

/** Builds every domain service once per app from its narrow dependencies. */
export const createServices = (
  { db, clock, env }: Pick<AppDeps, 'db' | 'clock' | 'env'>,
  { onBatch }: ServiceObservers = {},
) => {
  const programmes = createProgrammeService({ repo: createProgrammeRepo(db.db), clock });
  const queueStats = createQueueStatsService({ repo: createQueueStatsRepo(db.db) });
  const audit = createAuditService({ repo: createAuditRepo(db.db), clock });
  const sessions = createSessionService({ repo: createSessionRepo(db.db), clock });
  const keyring = createKeyring(loadOrCreateKeysFile(env.keysFile, [SECRETS_KEY], clock.now()), env.keysFile);
  const secrets = createSecretSealer(keyring);
  const staffRepo = createStaffRepo(db.db);
  const throttle = createLoginThrottle({ repo: createLoginAttemptsRepo(db.db), clock });
  const throttleKeys = createThrottleKeys(throttleSecretOf(env.keysFile));
  const login = createLoginService({
    staff: staffRepo,
    sessions,
    audit,
    throttle,
    keys: throttleKeys,
    secrets,
    clock,
    requireTotp: env.HELPLINE_REQUIRE_TOTP,
  });
  const totpEnrolment = createTotpEnrolmentService({ repo: staffRepo, login, sessions, secrets, audit, clock });
  const ownAccount = createOwnAccountService({ repo: staffRepo, login, sessions, audit, clock });
  /** The keyed hash of a request's address that stored login counts use (same in every process; never the address). */
  const loginClientOf = (req: IncomingMessage) => throttleKeys.client(clientAddress(req, env.HELPLINE_TRUST_PROXY));
  /** Salted, in-memory keys of client addresses for rate limits (never stored or logged). */
  const clientKeys = createClientKeys(env.HELPLINE_TRUST_PROXY, env.webToken);

  const dataKeys = createDataKeys({ keyring, retentionDaysOf: programmes.retentionDaysOf, clock });
  const events = createDomainEvents();
  const conversationRepo = createConversationRepo(db.db);
  const messages = createMessageService({ db: db.db, dataKeys, clock, onBatch });
  const visitors = createVisitorService({
    db: db.db,
    clock,
    events,
    forgetAfterMinutes: env.HELPLINE_VISITOR_FORGET_MINUTES,
  });
  const routing = createRoutingService({ db: db.db, conversations: conversationRepo, events, clock });
  const conversations = createConversationService({
    db: db.db,
    conversations: conversationRepo,
    messages,
    dataKeys,
    events,
    audit,
    clock,
  });
  const urgency = createUrgencyService({ db: db.db, conversations: conversationRepo, events, audit });
  const careRepo = createCareRepo(db.db);
  const supervision = createSupervisionService({
    conversations: conversationRepo,
    storeNote: createNoteStore({ db: db.db, dataKeys, clock }),
    events,
    audit,
    clock,
    countDebrief: (programme) => careRepo.count(db.db, { kind: 'debrief-requested', programme }, clock.now()),
  });
  const breaks = createBreakService({
    db: db.db,
    repo: careRepo,
    clock,
    conversations: conversationRepo,
    onChange: (staffId, change) => events.emit('break', staffId, change),
  });
  const transcripts = createTranscriptAccess({ db: db.db, conversations, messages, dataKeys, audit });
  const requeue = createRequeueService({ db: db.db, conversations: conversationRepo, messages, events, clock });
  const staff = createStaffService({ repo: staffRepo, sessions, audit, secrets, clock, requeue });
  const mailboxWaiting = createMailboxWaiting(db.db);
  const queue = createQueueService({
    mailboxWaiting,
    db: db.db,
    conversations: conversationRepo,
    programmes,
    stats: queueStats,
    visitors,
    messages,
    dataKeys,
    events,
    clock,
    visitorGoneMs: env.HELPLINE_VISITOR_GONE_SECONDS * 1000,
  });
  const mailboxRepo = createMailboxRepo(db.db);
  const mailboxSecret = throttleSecretOf(env.keysFile);
  const mailboxChanged = (programme: ProgrammeId) => events.emit('mailbox', programme);
  const mailbox = createMailboxVisitorService({
    repo: mailboxRepo,
    dataKeys,
    keyring,
    messages,
    programmes,
    hashCode: createCodeHasher(mailboxSecret),
    codeOfClientId: createCodeOfClientId(mailboxSecret),
    limits: createMailboxLimits(clock),
    clock,
    onChange: mailboxChanged,
    onShredded: (id) => events.emit('shredded', [id]),
  });
  const mailboxStaff = createMailboxStaffService({
    repo: mailboxRepo,
    dataKeys,
    messages,
    audit,
    clock,
    onChange: mailboxChanged,
  });
  const presence = createPresenceService({ db: db.db, clock, events });
  const overviewRepo = createOverviewRepo(db.db);
  const chatFigures = createChatFiguresRepo(db.db);
  const mailboxFigures = createMailboxFiguresRepo(db.db);
  const reports = {
    overview: createOverviewService({
      repo: overviewRepo,
      chats: chatFigures,
      programmes,
      clock,
      mailboxWaiting,
    }),
    missed: createMissedService({ db: db.db, chats: chatFigures, mailbox: mailboxFigures }),
    summary: createSummaryService({
      chats: chatFigures,
      summary: createSummaryRepo(db.db),
      mailbox: mailboxFigures,
      care: createCareFiguresRepo(db.db),
      clock,
    }),
    exports: createExportService({ db: db.db }),
    retention: createRetentionService({
      repo: createRetentionRepo(db.db),
      audit,
      clock,
      keyring,
      dataKeys,
      onShredded: (ids) => events.emit('shredded', ids),
    }),
  };
  return {
    /** Outside-hours attempts of the closed chat page, each counted once (their ids kept a day in this process). */
    closedAttempts: createClosedAttempts({ db: db.db, programmes, clock }),
    ...createCaseFiles({ db: db.db, clock, audit, events }),
    programmes,
    queueStats,
    audit,
    sessions,
    staff,
    totpEnrolment,
    ownAccount,
    loginClientOf,
    login,
    clientKeys,
    keyring,
    dataKeys,
    events,
    messages,
    visitors,
    routing,
    conversations,
    urgency,
    supervision,
    breaks,
    care: createCareSettingsService({ repo: careRepo, audit }),
    transcripts,
    queue,
    presence,
    mailbox,
    mailboxStaff,
    colleagues: createColleagueRepo(db.db),
    /** Counts of the platform's state now, for the metrics. */
    liveFigures: createLiveFigures({ overview: overviewRepo, mailbox: mailboxWaiting, clock }),
    ...reports,
  };
};

export type Services = ReturnType<typeof createServices>;
