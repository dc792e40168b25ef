import type { StaffClientToServerEvents, StaffServerToClientEvents } from '@helpline/shared';
import type { Namespace, Socket } from 'socket.io';
import type { StaffPrincipal } from '../modules/auth/authorize';

export type StaffSocketData = { staff: StaffPrincipal; sessionId: string; lastTouchAt: number };
// biome-ignore lint/complexity/noBannedTypes: no server-to-server events yet
type InterServerEvents = {};
export type StaffNamespace = Namespace<
  StaffClientToServerEvents,
  StaffServerToClientEvents,
  InterServerEvents,
  StaffSocketData
>;
export type StaffSocket = Socket<
  StaffClientToServerEvents,
  StaffServerToClientEvents,
  InterServerEvents,
  StaffSocketData
>;

export const rooms = {
  staff: (id: string) => `staff:${id}`,
  session: (id: string) => `session:${id}`,
  programme: (id: string) => `programme:${id}`,
  visitor: (id: string) => `visitor:${id}`,
  monitor: (conversationId: string) => `monitor:${conversationId}`,
  supervisors: 'supervisors',
} as const;
