import type { Logger } from '../logger';
import type { SessionService } from '../modules/auth/session.service';
import { safeError } from '../safe-error';
import { syncHolderRooms } from './holder-rooms';
import { rooms, type StaffNamespace } from './socket-types';
import { failedAnswer } from './with-schema';

/** How often this process re-checks the sessions of its open staff sockets (expiry, revoke on another process). */
export const SESSION_CHECK_MS = 2000;
const TOUCH_EVERY_MS = 60_000;

/**
 * Staff sockets live only as long as their session: ended sessions disconnect at once (across processes through the
 * adapter), a periodic check catches expiry, and every event re-reads the session and the member's authority. Socket
 * activity counts as use of the session.
 */
export const bindStaffSessions = (nsp: StaffNamespace, { sessions }: { sessions: SessionService }, logger: Logger) => {
  const onEnded = (ended: { sessionId: string } | { staffId: string }) => {
    const room = 'sessionId' in ended ? rooms.session(ended.sessionId) : rooms.staff(ended.staffId);
    nsp.in(room).disconnectSockets(true);
  };
  sessions.ended.on('ended', onEnded);

  nsp.on('connection', (socket) => {
    // Before every event: who this is now (role, programmes, disabled, session ended), never who they were at the
    // handshake. A socket whose session is no longer valid is disconnected and its event not handled.
    socket.use((packet, next) => {
      const now = Date.now();
      sessions.principalOf(socket.data.sessionId).then(
        (staff) => {
          if (!staff) return void socket.disconnect(true);
          socket.data.staff = staff;
          syncHolderRooms(socket);
          if (now - socket.data.lastTouchAt > TOUCH_EVERY_MS) {
            socket.data.lastTouchAt = now;
            sessions.touch(socket.data.sessionId).catch((err: unknown) => logger.warn({ err }, 'session touch failed'));
          }
          next();
        },
        // Unknown authority: the event is never handled on stale rights; its ack says why (UNAVAILABLE: try again).
        (err: unknown) => {
          logger.warn({ err: safeError(err) }, 'session check failed');
          const ack = packet.at(-1);
          if (typeof ack === 'function') ack(failedAnswer(err, logger, String(packet[0])));
        },
      );
    });
  });

  const check = async () => {
    const local = [...nsp.sockets.values()];
    if (local.length === 0) return;
    const valid = await sessions.stillValid([...new Set(local.map((s) => s.data.sessionId))]);
    for (const socket of local) if (!valid.has(socket.data.sessionId)) socket.disconnect(true);
  };
  const timer = setInterval(() => {
    check().catch((err: unknown) => logger.warn({ err }, 'session check failed'));
  }, SESSION_CHECK_MS);
  timer.unref();

  return () => {
    clearInterval(timer);
    sessions.ended.off('ended', onEnded);
  };
};
