import type { Server } from 'socket.io';
import type { Logger } from '../logger';
import type { Services } from '../services';
import { rooms, type StaffNamespace } from './socket-types';
import { registerStaffHandlers } from './staff.handlers';
import { staffAuthMiddleware } from './staff-auth.middleware';
import { bindStaffSessions } from './staff-sessions';

/** The /staff namespace: authenticated handshake, rooms per person, session and programme. */
export const registerStaffNamespace = (io: Server, services: Services, logger: Logger) => {
  const nsp: StaffNamespace = io.of('/staff');
  nsp.use(staffAuthMiddleware(services));
  nsp.on('connection', (socket) => {
    const { staff, sessionId } = socket.data;
    socket.join([rooms.staff(staff.id), rooms.session(sessionId), ...staff.programmes.map(rooms.programme)]);
    if (staff.role === 'supervisor') socket.join(rooms.supervisors);
  });
  registerStaffHandlers(nsp, services, logger);
  return { nsp, stop: bindStaffSessions(nsp, services, logger) };
};
