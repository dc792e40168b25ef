import type { IncomingMessage } from 'node:http';
import { handshakeFailure } from '../errors';
import type { SessionService } from '../modules/auth/session.service';
import type { StaffSocket } from './socket-types';

/**
 * The /staff namespace refuses a handshake from another site (FORBIDDEN: HELPLINE_ALLOWED_ORIGINS open visitor sockets
 * only), without a valid, complete session (cookie from /api/auth/login), or while the member must still choose their
 * own password (PASSWORD_CHANGE_REQUIRED; that flag is only ever set together with ending every session).
 */
export const staffAuthMiddleware =
  ({
    sessions,
    sessionTokenOf,
    isOwnOrigin,
  }: {
    sessions: Pick<SessionService, 'validate'>;
    sessionTokenOf: (req: IncomingMessage) => string | undefined;
    isOwnOrigin: (req: IncomingMessage) => boolean;
  }) =>
  async (socket: StaffSocket, next: (err?: Error) => void) => {
    try {
      if (!isOwnOrigin(socket.request)) return next(new Error('FORBIDDEN'));
      const live = await sessions.validate(sessionTokenOf(socket.request));
      if (!live?.isComplete) return next(new Error('UNAUTHENTICATED'));
      if (live.passwordChangeRequired) return next(new Error('PASSWORD_CHANGE_REQUIRED'));
      socket.data.staff = live.staff;
      socket.data.sessionId = live.sessionId;
      socket.data.lastTouchAt = Date.now();
      next();
    } catch (error) {
      next(handshakeFailure(error));
    }
  };
