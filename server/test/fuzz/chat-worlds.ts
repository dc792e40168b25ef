import type { VisitorSocket } from '@helpline/shared/client';
import type { TestApp } from '../harness';
import type { Member } from '../helpers/chats';
import { ask, askRaw, visitorSocket } from '../helpers/sockets';
import { staffSocket } from '../helpers/staff';
import { rotating } from './socket-fuzz';
import { brief } from './typed-errors';

export type Visitor = { socket: VisitorSocket; token: string };
export type VisitorInChat = Visitor & { conversationId: string };

/**
 * Visitors in the states the fuzz needs: new (a visitor row without a chat), waiting in the Helpwanted queue, or in a
 * chat `counsellor` accepted. The visitor rows and their joins are made through the services: the per-process caps on
 * new visitors and joins (a flood guard, 3,000 and 6,000 per ten minutes) would otherwise refuse a long run's
 * thousands of them. The fuzzed events, the accept and the clean-up go over real sockets. `forget` ends whatever a
 * visitor still has open (session:end).
 */
export const chatWorlds = (t: TestApp, counsellor: Member) => {
  const { visitors, queue } = t.app.services;
  // The counsellor accepts over sockets of their own, fresh ones as each one's event budget runs out.
  const accepting = rotating(
    async () => ({ socket: await staffSocket(t, counsellor.cookie) }),
    async ({ socket }) => void socket.close(),
  );
  const visitorRow = async () => {
    const identified = await visitors.identify(undefined);
    if (!('newToken' in identified)) throw new Error('setup: no new token');
    return { token: identified.newToken, visitorId: await visitors.create(identified.newToken) };
  };
  const fresh = async (): Promise<Visitor> => {
    const { token } = await visitorRow();
    return visitorSocket(t, token);
  };
  const waiting = async (): Promise<VisitorInChat> => {
    const { token, visitorId } = await visitorRow();
    const joined = await queue.join(visitorId, 'helpwanted');
    return { ...(await visitorSocket(t, token)), conversationId: joined.conversation.id };
  };
  const chatting = async (): Promise<VisitorInChat> => {
    const visitor = await waiting();
    const accepted = await ask((await accepting.take()).socket, 'conversation:accept', {
      conversationId: visitor.conversationId,
    });
    if (!accepted.ok) throw new Error(`setup: accept failed: ${brief(accepted)}`);
    return visitor;
  };
  /** Over a new socket when the old one is gone (a forgotten token then gets a new, empty visitor). */
  const forget = async (visitor: Visitor) => {
    const socket = visitor.socket.connected ? visitor.socket : (await visitorSocket(t, visitor.token)).socket;
    await askRaw(socket, 'session:end', {}).catch(() => undefined);
    socket.close();
    visitor.socket.close();
  };
  return { fresh, waiting, chatting, forget, close: accepting.renew };
};
