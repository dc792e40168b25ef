import type { Server } from 'socket.io';
import type { Logger } from '../logger';
import type { Services } from '../services';
import { rooms, type StaffNamespace } from './socket-types';
import { staffAuthMiddleware } from './staff-auth.middleware';
import { bindStaffSessions } from './staff-sessions';

/** The /staff namespace: authenticated handshake, rooms per person, session and programme. Returns its stop function. */
export const registerStaffNamespace = (io: Server, services: Services, logger: Logger) => {
  const nsp: StaffNamespace = io.of('/staff');
  nsp.use(staffAuthMiddleware(services));
  nsp.on('connection', (socket) => {
    const { staff, sessionId } = socket.data;
    socket.join([rooms.staff(staff.id), rooms.session(sessionId), ...staff.programmes.map(rooms.programme)]);
    if (staff.role === 'supervisor') socket.join(rooms.supervisors);
  });
  return bindStaffSessions(nsp, services, logger);
};
