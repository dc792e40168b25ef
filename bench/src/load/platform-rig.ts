import type { Message } from '@helpline/shared';
import type { StaffSocket, VisitorSocket } from '@helpline/shared/client';
import { CAPACITY, type ChatPair, type ChatRig, inBatches, type Side, type SideName } from './chat-rig';
import { createCounsellor, createVisitor, setPresence, within } from './platform-clients';

const sender = (socket: VisitorSocket | StaffSocket, conversationId: string): Side => ({
  send: (body, acked) =>
    (socket as StaffSocket).emit('message:send', { conversationId, clientId: crypto.randomUUID(), body }, (answer) =>
      acked(answer.ok ? undefined : answer.error.code),
    ),
});

/**
 * Real conversations on the platform: counsellors made through the supervisor API (capacity ten, available), anonymous
 * visitors from addresses of their own who join the queue and are routed to them. With several server URLs (processes
 * on one PostgreSQL) sockets are spread over them as a load balancer would, so most chats cross processes.
 */
export const createPlatformRig = (urls: string[], supervisorCookie: string): ChatRig => {
  const pairs: ChatPair[] = [];
  const sockets: { close: () => unknown }[] = [];
  const holder = new Map<string, StaffSocket>();
  const waiting = new Map<string, (socket: StaffSocket) => void>();
  let counsellors = 0;
  let delivered: (body: string, to: SideName) => void = () => {};
  const hear = (message: Message, to: SideName) => {
    if (message.sender !== to) delivered(message.body, to);
  };

  const addCounsellor = async (index: number) => {
    const socket = await createCounsellor(urls, supervisorCookie, index);
    sockets.push(socket);
    socket.on('message', (message) => hear(message, 'counsellor'));
    socket.on('conversation:assigned', ({ conversation }) => {
      holder.set(conversation.id, socket);
      waiting.get(conversation.id)?.(socket);
    });
    await setPresence(socket, 'available');
  };

  const addVisitor = async (index: number) => {
    const socket = await createVisitor(urls, index);
    sockets.push(socket);
    socket.on('message', (message) => hear(message, 'visitor'));
    const started = new Promise<string>((resolve) =>
      socket.once('conversation:started', (s) => resolve(s.conversationId)),
    );
    const joined = await socket.emitWithAck('queue:join', { programme: 'helpwanted' });
    if (!joined.ok) throw new Error(`queue:join: ${joined.error.code} ${joined.error.message}`);
    const conversationId = await within(started, 60_000, 'conversation:started');
    const counsellor =
      holder.get(conversationId) ??
      (await within(
        new Promise<StaffSocket>((resolve) => waiting.set(conversationId, resolve)),
        60_000,
        'conversation:assigned',
      ));
    waiting.delete(conversationId);
    return { visitor: sender(socket, conversationId), counsellor: sender(counsellor, conversationId) };
  };

  return {
    pairs,
    onDelivered: (listener) => {
      delivered = listener;
    },
    grow: async (total) => {
      const needed = Math.ceil(total / CAPACITY);
      await inBatches(needed - counsellors, 4, (i) => addCounsellor(counsellors + i));
      counsellors = Math.max(counsellors, needed);
      const from = pairs.length;
      pairs.push(...(await inBatches(total - from, 25, (i) => addVisitor(from + i))));
    },
    close: async () => {
      for (const socket of sockets) socket.close();
    },
  };
};
