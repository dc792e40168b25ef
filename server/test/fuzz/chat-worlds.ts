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
 * Visitors in the states the fuzz needs, made through the real events: new, waiting in the Helpwanted queue, or in a
 * chat `counsellor` accepted. `forget` ends whatever a visitor still has open (session:end).
 */
export const chatWorlds = (t: TestApp, counsellor: Member) => {
  // The counsellor accepts over sockets of their own, fresh ones as each one's event budget runs out.
  const accepting = rotating(
    async () => ({ socket: await staffSocket(t, counsellor.cookie) }),
    async ({ socket }) => void socket.close(),
  );
  const fresh = (): Promise<Visitor> => visitorSocket(t);
  const waiting = async (): Promise<VisitorInChat> => {
    const visitor = await fresh();
    const joined = await ask(visitor.socket, 'queue:join', { programme: 'helpwanted' });
    if (!joined.ok) throw new Error(`setup: join failed: ${brief(joined)}`);
    return { ...visitor, conversationId: String(joined.conversationId) };
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
