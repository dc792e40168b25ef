import type { IncomingMessage } from 'node:http';
import type { Logger } from '../logger';
import { syncHolderRooms } from './holder-rooms';
import { type Namespaces, rooms } from './socket-types';
import { registerStaffHandlers } from './staff.handlers';
import { staffAuthMiddleware } from './staff-auth.middleware';
import { bindStaffSessions } from './staff-sessions';

/** What the staff handlers and the session checks use (the handshake checks the same sessions). */
type Deps = Parameters<typeof registerStaffHandlers>[1] & Parameters<typeof bindStaffSessions>[1];

/** The /staff namespace: authenticated handshake, rooms per person, session and programme. Returns the stop function. */
export const registerStaffNamespace = (
  namespaces: Namespaces,
  services: Deps,
  logger: Logger,
  handshake: {
    sessionTokenOf: (req: IncomingMessage) => string | undefined;
    isOwnOrigin: (req: IncomingMessage) => boolean;
  },
) => {
  const nsp = namespaces.staff;
  nsp.use(staffAuthMiddleware({ sessions: services.sessions, ...handshake }));
  nsp.on('connection', (socket) => {
    const { staff, sessionId } = socket.data;
    socket.join([rooms.staff(staff.id), rooms.session(sessionId), ...staff.programmes.map(rooms.programme)]);
    if (staff.role === 'supervisor') socket.join(rooms.supervisors);
    syncHolderRooms(socket);
  });
  registerStaffHandlers(namespaces, services, logger);
  return bindStaffSessions(nsp, services, logger);
};
