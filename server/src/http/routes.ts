import { Router } from 'express';
import type { AppDeps } from '../app';
import type { Services } from '../services';
import { auditRoutes } from './audit.routes';
import { authRoutes } from './auth.routes';
import { cannedRoutes } from './canned.routes';
import { clinicRoutes } from './clinics.routes';
import { colleagueRoutes } from './colleagues.routes';
import { contactRoutes } from './contacts.routes';
import { conversationRoutes } from './conversations.routes';
import { healthRoutes } from './health.routes';
import { hoursRoutes, programmeRoutes } from './programmes.routes';
import { referralRoutes } from './referrals.routes';
import { reportRoutes } from './reports.routes';
import { retentionRoutes } from './retention.routes';
import { staffRoutes } from './staff.routes';
import { supervisorRoutes } from './supervisor.routes';
import { transcriptRoutes } from './transcripts.routes';

/** Every REST route group of the API, in one list. */
export const apiRoutes = (services: Services, deps: AppDeps) =>
  Router().use(
    healthRoutes({ db: deps.db }),
    programmeRoutes(services, deps.env.HELPLINE_EXIT_URL),
    hoursRoutes(services),
    authRoutes(services),
    staffRoutes(services),
    transcriptRoutes(services),
    auditRoutes(services, deps.clock),
    conversationRoutes(services),
    contactRoutes(services),
    referralRoutes(services),
    clinicRoutes(services),
    cannedRoutes(services),
    supervisorRoutes(services, deps.clock),
    reportRoutes(services, deps.clock),
    retentionRoutes(services),
    colleagueRoutes(services),
  );
