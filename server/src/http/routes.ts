import type { DbHandle } from '@helpline/db';
import { Router } from 'express';
import type { Clock } from '../clock';
import type { Readiness } from '../modules/operations/readiness';
import type { ClosedAttempts } from '../modules/queue/closed-attempts';
import { auditRoutes } from './audit.routes';
import { authRoutes } from './auth.routes';
import { cannedRoutes } from './canned.routes';
import { careRoutes } from './care.routes';
import { chatAttemptRoutes } from './chat-attempts.routes';
import { clinicRoutes } from './clinics.routes';
import { colleagueRoutes } from './colleagues.routes';
import { contactRoutes } from './contacts.routes';
import { conversationRoutes } from './conversations.routes';
import { healthRoutes } from './health.routes';
import { mailboxRoutes } from './mailbox.routes';
import { hoursRoutes, programmeRoutes } from './programmes.routes';
import { referralRoutes } from './referrals.routes';
import { reportRoutes } from './reports.routes';
import { createRequireStaff, type RequireStaff } from './require-staff';
import { retentionRoutes } from './retention.routes';
import type { SessionCookie } from './session-cookie';
import { staffRoutes } from './staff.routes';
import { supervisorRoutes } from './supervisor.routes';
import { transcriptRoutes } from './transcripts.routes';

/** What a route group takes from the domain: its dependencies but for the cookie and the guard this file adds. */
type DomainOf<Group extends (deps: never, ...more: never[]) => unknown> = Omit<
  Parameters<Group>[0],
  'cookie' | 'requireStaff'
>;

/** The domain services the API uses: every route group's own narrow dependencies, together. */
export type ApiServices = DomainOf<typeof programmeRoutes> &
  DomainOf<typeof hoursRoutes> &
  DomainOf<typeof authRoutes> &
  DomainOf<typeof staffRoutes> &
  DomainOf<typeof transcriptRoutes> &
  DomainOf<typeof auditRoutes> &
  DomainOf<typeof conversationRoutes> &
  DomainOf<typeof contactRoutes> &
  DomainOf<typeof referralRoutes> &
  DomainOf<typeof clinicRoutes> &
  DomainOf<typeof cannedRoutes> &
  DomainOf<typeof supervisorRoutes> &
  DomainOf<typeof reportRoutes> &
  DomainOf<typeof retentionRoutes> &
  DomainOf<typeof careRoutes> &
  DomainOf<typeof colleagueRoutes> &
  DomainOf<typeof mailboxRoutes> &
  DomainOf<typeof createRequireStaff> & { closedAttempts: ClosedAttempts };

/**
 * What the API takes besides the services: the database's health, the process's readiness, the clock, the exit link,
 * the session cookie.
 */
export type ApiOptions = {
  db: Pick<DbHandle, 'ping'>;
  readiness: Pick<Readiness, 'check'>;
  clock: Clock;
  exitUrl: string;
  cookie: SessionCookie;
};

/** Every REST route group of the API, in one list. */
export const apiRoutes = (services: ApiServices, { db, readiness, clock, exitUrl, cookie }: ApiOptions) => {
  const requireStaff: RequireStaff = createRequireStaff({ sessions: services.sessions, cookie });
  const http = { ...services, cookie, requireStaff };
  return Router().use(
    healthRoutes({ db, readiness }),
    programmeRoutes(services, exitUrl),
    chatAttemptRoutes(services.closedAttempts),
    hoursRoutes(http),
    authRoutes(http),
    staffRoutes(http),
    transcriptRoutes(http),
    mailboxRoutes(http),
    auditRoutes(http, clock),
    conversationRoutes(http),
    contactRoutes(http),
    referralRoutes(http),
    clinicRoutes(http),
    cannedRoutes(http),
    supervisorRoutes(http, clock),
    reportRoutes(http, clock),
    retentionRoutes(http),
    careRoutes(http),
    colleagueRoutes(http),
  );
};
