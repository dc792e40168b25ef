import type { IncomingMessage } from 'node:http';
import { handshakeFailure } from '../errors';
import type { Services } from '../services';
import type { StaffSocket } from './socket-types';

/** The /staff namespace refuses a handshake without a valid, complete session (cookie from /api/auth/login). */
export const staffAuthMiddleware =
  ({
    sessions,
    sessionTokenOf,
  }: Pick<Services, 'sessions'> & { sessionTokenOf: (req: IncomingMessage) => string | undefined }) =>
  async (socket: StaffSocket, next: (err?: Error) => void) => {
    try {
      const live = await sessions.validate(sessionTokenOf(socket.request));
      if (!live?.isComplete) return next(new Error('UNAUTHENTICATED'));
      socket.data.staff = live.staff;
      socket.data.sessionId = live.sessionId;
      socket.data.lastTouchAt = Date.now();
      next();
    } catch (error) {
      next(handshakeFailure(error));
    }
  };
