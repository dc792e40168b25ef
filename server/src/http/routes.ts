import { Router } from 'express';
import type { AppDeps } from '../deps';
import { createClosedAttempts } from '../modules/queue/closed-attempts';
import type { Services } from '../services';
import { auditRoutes } from './audit.routes';
import { authRoutes } from './auth.routes';
import { cannedRoutes } from './canned.routes';
import { chatAttemptRoutes } from './chat-attempts.routes';
import { clinicRoutes } from './clinics.routes';
import { colleagueRoutes } from './colleagues.routes';
import { contactRoutes } from './contacts.routes';
import { createHttpContext } from './context';
import { conversationRoutes } from './conversations.routes';
import { healthRoutes } from './health.routes';
import { hoursRoutes, programmeRoutes } from './programmes.routes';
import { referralRoutes } from './referrals.routes';
import { reportRoutes } from './reports.routes';
import { retentionRoutes } from './retention.routes';
import type { SessionCookie } from './session-cookie';
import { staffRoutes } from './staff.routes';
import { supervisorRoutes } from './supervisor.routes';
import { transcriptRoutes } from './transcripts.routes';

/** Every REST route group of the API, in one list. */
export const apiRoutes = (services: Services, deps: AppDeps, cookie: SessionCookie) => {
  const http = createHttpContext(services, cookie);
  return Router().use(
    healthRoutes({ db: deps.db }),
    programmeRoutes(services, deps.env.HELPLINE_EXIT_URL),
    chatAttemptRoutes(createClosedAttempts({ db: deps.db.db, programmes: services.programmes, clock: deps.clock })),
    hoursRoutes(http),
    authRoutes(http),
    staffRoutes(http),
    transcriptRoutes(http),
    auditRoutes(http, deps.clock),
    conversationRoutes(http),
    contactRoutes(http),
    referralRoutes(http),
    clinicRoutes(http),
    cannedRoutes(http),
    supervisorRoutes(http, deps.clock),
    reportRoutes(http, deps.clock),
    retentionRoutes(http),
    colleagueRoutes(http),
  );
};
