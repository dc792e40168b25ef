import type { Logger } from '../logger';
import type { PresenceService } from '../modules/presence/presence.service';
import type { StaffNamespace } from './socket-types';

/**
 * A member's presence outlives a reload but not a closed browser: while any /staff socket of theirs is open in any
 * process, that process's heartbeat keeps them seen; when their last socket here closes, the moment is stamped, so
 * the grace period (GRACE_MS) counts from the close rather than from the last heartbeat. Connecting never changes
 * the presence they chose.
 */
export const bindStaffPresence = (
  nsp: StaffNamespace,
  { presence }: { presence: Pick<PresenceService, 'seen'> },
  logger: Logger,
) => {
  nsp.on('connection', (socket) => {
    socket.on('disconnect', () => {
      const staffId = socket.data.staff.id;
      presence.seen([staffId]).catch((err: unknown) => logger.warn({ err }, 'presence stamp failed'));
    });
  });
};
