import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type {
  StaffClientToServerEvents,
  StaffServerToClientEvents,
  VisitorClientToServerEvents,
  VisitorServerToClientEvents,
} from '../events/event-maps';

/** The visitor's socket: events and acks typed from the contract in both directions. */
export type VisitorSocket = Socket<VisitorServerToClientEvents, VisitorClientToServerEvents>;
/** A counsellor's or supervisor's socket (the session cookie authenticates it). */
export type StaffSocket = Socket<StaffServerToClientEvents, StaffClientToServerEvents>;

export type SocketFactoryOptions = Partial<ManagerOptions & SocketOptions>;

/**
 * Connects to `/visitor` on `origin` (empty string: the page's own origin). `auth` is read on every (re)connect, so a
 * token received in the `session` event is sent on the next one.
 */
export const createVisitorSocket = (
  origin: string,
  getToken: () => string | null | undefined,
  options: SocketFactoryOptions = {},
): VisitorSocket =>
  io(`${origin}/visitor`, {
    transports: ['websocket'],
    ...options,
    auth: (send) => {
      const token = getToken();
      send(token ? { token } : {});
    },
  });

/** Connects to `/staff` on `origin`; the browser sends the session cookie, tests pass it in `extraHeaders`. */
export const createStaffSocket = (origin: string, options: SocketFactoryOptions = {}): StaffSocket =>
  io(`${origin}/staff`, { transports: ['websocket'], withCredentials: true, ...options });

export * from './ask';
export * from './message-seq';
export * from './outbox';
