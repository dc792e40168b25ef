import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { VisitorSocket } from './socket-types';

/**
 * Per visitor, all sockets of one token together, in this process's memory: at most 5 open sockets, and the events
 * of one socket (about 10 a second, bursts of 20) for all of them, so more sockets buy no more. The count is the
 * visitor's, not the socket's: a reconnect starts where the last socket left off.
 */
export const PER_VISITOR = { sockets: 5, events: 20, seconds: 2 } as const;

export const createVisitorSockets = (limits: { sockets: number; events: number; seconds: number } = PER_VISITOR) => {
  const open = new Map<string, Set<string>>();
  const release = (visitorId: string, socketId: string) => {
    const ids = open.get(visitorId);
    ids?.delete(socketId);
    if (ids?.size === 0) open.delete(visitorId);
  };
  return {
    /** Events per visitor, keyed by visitor id. */
    events: new RateLimiterMemory({ points: limits.events, duration: limits.seconds }),
    /**
     * Counts a socket as the visitor's until it closes; false (and not counted) when the visitor already has the most
     * sockets here. Counted at the handshake, before the socket connects, so parallel handshakes cannot all get in.
     */
    admit: (visitorId: string, socket: VisitorSocket) => {
      const ids = open.get(visitorId) ?? new Set<string>();
      if (ids.size >= limits.sockets || socket.conn.readyState !== 'open') return false;
      ids.add(socket.id);
      open.set(visitorId, ids);
      // A socket that never connects emits no disconnect: its connection's close releases it.
      const onClose = () => release(visitorId, socket.id);
      socket.conn.once('close', onClose);
      socket.once('disconnect', () => {
        socket.conn.off('close', onClose);
        onClose();
      });
      return true;
    },
  };
};

export type VisitorSockets = ReturnType<typeof createVisitorSockets>;
