import { programmeIds } from '@helpline/shared';
import { canSeeProgramme } from '../modules/access/authorize';
import { rooms, type StaffSocket } from './socket-types';

/**
 * Puts a staff socket in the holder rooms of exactly the programmes its member may serve now (`socket.data.staff`,
 * re-read before every event), so what a chat's holder hears never reaches a socket without the right to its
 * programme, even before a change of rights has ended the member's sessions.
 */
export const syncHolderRooms = (socket: StaffSocket) => {
  const { staff } = socket.data;
  const allowed = new Set(programmeIds.filter((p) => canSeeProgramme(staff, p)).map((p) => rooms.holder(staff.id, p)));
  const prefix = rooms.holder(staff.id, '');
  for (const room of socket.rooms) if (room.startsWith(prefix) && !allowed.has(room)) socket.leave(room);
  const missing = [...allowed].filter((room) => !socket.rooms.has(room));
  if (missing.length > 0) socket.join(missing);
};
