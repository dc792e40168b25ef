import type { IncomingMessage } from 'node:http';
import type { Server } from 'socket.io';
import type { Logger } from '../logger';
import { bindBroadcasts } from './broadcasts';
import { createJobs } from './jobs';
import { bindOverviewPush } from './overview.broadcast';
import { bindShreddingBroadcast } from './shredding.broadcast';
import { namespacesOf } from './socket-types';
import { registerStaffNamespace } from './staff.namespace';
import { bindStaffPresence } from './staff-presence';
import { registerVisitorNamespace, type VisitorNamespaceOptions } from './visitor.namespace';
import { bindVisitorPresence } from './visitor-presence';

/** The domain services the realtime layer uses: every binding's own narrow dependencies, together. */
export type RealtimeServices = Parameters<typeof registerStaffNamespace>[1] &
  Parameters<typeof bindStaffPresence>[1] &
  Parameters<typeof bindVisitorPresence>[1] &
  Parameters<typeof registerVisitorNamespace>[1] &
  Parameters<typeof bindBroadcasts>[1] &
  Parameters<typeof bindShreddingBroadcast>[1] &
  Parameters<typeof bindOverviewPush>[1] &
  Parameters<typeof createJobs>[1];

/**
 * Both namespaces, the broadcasts of domain events, and the periodic jobs. Returns the stop function.
 * `sessionTokenOf` reads a staff handshake's session token (the HTTP layer owns the cookie); `isOwnOrigin` tells a
 * handshake from this site (only those may open /staff).
 */
export const registerRealtime = (
  io: Server,
  services: RealtimeServices,
  logger: Logger,
  opts: VisitorNamespaceOptions & {
    sessionTokenOf: (req: IncomingMessage) => string | undefined;
    isOwnOrigin: (req: IncomingMessage) => boolean;
    /** Other processes share the rooms (PostgreSQL adapter). */
    manyProcesses: boolean;
    /** The periodic jobs run only while this holds: not before the schema is current, not while draining. */
    isServing: () => boolean;
  },
) => {
  const namespaces = namespacesOf(io);
  const stopStaff = registerStaffNamespace(namespaces, services, logger, opts);
  bindStaffPresence(namespaces.staff, services, logger);
  const visitorPresence = bindVisitorPresence(namespaces, services, logger);
  registerVisitorNamespace(namespaces, services, logger, opts, visitorPresence);
  const unbind = bindBroadcasts(namespaces, services, logger);
  const unbindShredding = opts.manyProcesses ? bindShreddingBroadcast(namespaces, services) : () => {};
  const overview = bindOverviewPush(namespaces.staff, services, logger);
  const jobs = createJobs(namespaces.staff, services, logger, overview, visitorPresence, opts.isServing);
  return {
    jobs,
    stop: () => {
      jobs.stop();
      visitorPresence.stop();
      stopStaff();
      overview.stop();
      unbind();
      unbindShredding();
    },
  };
};
