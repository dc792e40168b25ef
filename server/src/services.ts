import { programmeIds } from '@helpline/shared';
import type { AppDeps } from './app';
import { createRequireStaff } from './http/require-staff';
import { createSessionCookie } from './http/session-cookie';
import { createAuditRepo } from './modules/audit/audit.repo';
import { createAuditService } from './modules/audit/audit.service';
import { createLoginService } from './modules/auth/login.service';
import { createLoginThrottle } from './modules/auth/login-throttle';
import { createSessionRepo } from './modules/auth/session.repo';
import { createSessionService } from './modules/auth/session.service';
import { createConversationRepo } from './modules/conversations/conversation.repo';
import { createConversationService } from './modules/conversations/conversation.service';
import { createDataKeys } from './modules/conversations/data-keys';
import { createDomainEvents } from './modules/conversations/domain-events';
import { createMessageService } from './modules/conversations/message.service';
import { createKeyring } from './modules/crypto/keyring';
import { loadOrCreateKeysFile } from './modules/crypto/keys-file';
import { createColleagueRepo } from './modules/presence/colleague.repo';
import { createPresenceService } from './modules/presence/presence.service';
import { createProgrammeRepo } from './modules/programmes/programme.repo';
import { createProgrammeService } from './modules/programmes/programme.service';
import { createQueueService } from './modules/queue/queue.service';
import { createQueueStatsRepo } from './modules/queue/queue-stats.repo';
import { createQueueStatsService } from './modules/queue/queue-stats.service';
import { createRoutingService } from './modules/routing/routing.service';
import { createStaffRepo } from './modules/staff/staff.repo';
import { createStaffService } from './modules/staff/staff.service';
import { createVisitorService } from './modules/visitors/visitor.service';

/** Builds every domain service once per app from its narrow dependencies. */
export const createServices = ({ db, clock, env }: Pick<AppDeps, 'db' | 'clock' | 'env'>) => {
  const programmes = createProgrammeService({ repo: createProgrammeRepo(db.db), clock });
  const queueStats = createQueueStatsService({ repo: createQueueStatsRepo(db.db) });
  const audit = createAuditService({ repo: createAuditRepo(db.db), clock });
  const sessions = createSessionService({ repo: createSessionRepo(db.db), clock });
  const staffRepo = createStaffRepo(db.db);
  const staff = createStaffService({ repo: staffRepo, sessions, audit, clock });
  const login = createLoginService({
    staff: staffRepo,
    sessions,
    audit,
    throttle: createLoginThrottle({ audit }),
    clock,
    requireTotp: env.HELPLINE_REQUIRE_TOTP,
  });
  const cookie = createSessionCookie({ secure: env.HELPLINE_SECURE_COOKIES });
  const requireStaff = createRequireStaff({ sessions, cookie });

  const keyring = createKeyring(loadOrCreateKeysFile(env.keysFile, programmeIds, clock.now()));
  const dataKeys = createDataKeys(keyring);
  const events = createDomainEvents();
  const conversationRepo = createConversationRepo(db.db);
  const messages = createMessageService({ db: db.db, dataKeys, clock });
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
    clock,
  });
  const queue = createQueueService({
    db: db.db,
    conversations: conversationRepo,
    programmes,
    stats: queueStats,
    visitors,
    messages,
    dataKeys,
    events,
    clock,
  });
  const presence = createPresenceService({ db: db.db, clock });
  return {
    programmes,
    queueStats,
    audit,
    sessions,
    staff,
    login,
    cookie,
    requireStaff,
    keyring,
    events,
    messages,
    visitors,
    routing,
    conversations,
    queue,
    presence,
    colleagues: createColleagueRepo(db.db),
  };
};

export type Services = ReturnType<typeof createServices>;
