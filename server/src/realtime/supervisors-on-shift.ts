import { rooms, type StaffNamespace } from './socket-types';

/** How many supervisors have a /staff socket open now, on every process (the adapter asks the others). */
export const supervisorsOnShift = async (nsp: StaffNamespace) => {
  const sockets = await nsp.in(rooms.supervisors).fetchSockets();
  return new Set(sockets.map((socket) => socket.data.staff.id)).size;
};
