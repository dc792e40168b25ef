import type {
  InterServerEvents,
  StaffClientToServerEvents,
  StaffServerToClientEvents,
  StaffSocketData,
  VisitorClientToServerEvents,
  VisitorServerToClientEvents,
  VisitorSocketData,
} from '@helpline/shared';
import type { Namespace, Server, Socket } from 'socket.io';
import type { StaffPrincipal } from '../modules/access/authorize';

/** The four maps of each namespace: what clients send, what the server sends, between servers, on the socket. */
export type VisitorNamespace = Namespace<
  VisitorClientToServerEvents,
  VisitorServerToClientEvents,
  InterServerEvents,
  VisitorSocketData
>;
export type VisitorSocket = Socket<
  VisitorClientToServerEvents,
  VisitorServerToClientEvents,
  InterServerEvents,
  VisitorSocketData
>;
export type StaffNamespace = Namespace<
  StaffClientToServerEvents,
  StaffServerToClientEvents,
  InterServerEvents,
  StaffSocketData<StaffPrincipal>
>;
export type StaffSocket = Socket<
  StaffClientToServerEvents,
  StaffServerToClientEvents,
  InterServerEvents,
  StaffSocketData<StaffPrincipal>
>;

/** Both namespaces, typed: every emit and broadcast of the server goes through these. */
export type Namespaces = { visitor: VisitorNamespace; staff: StaffNamespace };

/**
 * The one place the namespaces are taken from the server. The root namespace carries no events, so the server's own
 * maps stay open and each namespace gets its own from the contract here.
 */
export const namespacesOf = (io: Server): Namespaces => {
  const visitor: VisitorNamespace = io.of('/visitor');
  const staff: StaffNamespace = io.of('/staff');
  return { visitor, staff };
};

export const rooms = {
  staff: (id: string) => `staff:${id}`,
  /**
   * A member's sockets that may hold chats of a programme now: what a chat's holder hears of it goes here, never to
   * a socket of theirs without the right to its programme.
   */
  holder: (id: string, programme: string) => `staff:${id}:${programme}`,
  session: (id: string) => `session:${id}`,
  programme: (id: string) => `programme:${id}`,
  visitor: (id: string) => `visitor:${id}`,
  monitor: (conversationId: string) => `monitor:${conversationId}`,
  supervisors: 'supervisors',
} as const;
