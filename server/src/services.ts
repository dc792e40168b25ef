import type { AppDeps } from './app';
import { createRequireStaff } from './http/require-staff';
import { createSessionCookie } from './http/session-cookie';
import { createAuditRepo } from './modules/audit/audit.repo';
import { createAuditService } from './modules/audit/audit.service';
import { createLoginService } from './modules/auth/login.service';
import { createLoginThrottle } from './modules/auth/login-throttle';
import { createSessionRepo } from './modules/auth/session.repo';
import { createSessionService } from './modules/auth/session.service';
import { createProgrammeRepo } from './modules/programmes/programme.repo';
import { createProgrammeService } from './modules/programmes/programme.service';
import { createQueueStatsRepo } from './modules/queue/queue-stats.repo';
import { createQueueStatsService } from './modules/queue/queue-stats.service';
import { createStaffRepo } from './modules/staff/staff.repo';
import { createStaffService } from './modules/staff/staff.service';

/** Builds every domain service once per app from its narrow dependencies. */
export const createServices = ({ db, clock, env }: Pick<AppDeps, 'db' | 'clock' | 'env'>) => {
  const programmes = createProgrammeService({ repo: createProgrammeRepo(db.db), clock });
  const queue = createQueueStatsService({ repo: createQueueStatsRepo(db.db) });
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
  return { programmes, queue, audit, sessions, staff, login, cookie, requireStaff };
};

export type Services = ReturnType<typeof createServices>;
