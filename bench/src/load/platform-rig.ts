import type { Message } from '@helpline/shared';
import { createStaffSocket, createVisitorSocket, type StaffSocket } from '@helpline/shared/client';
import { BENCH_PASSWORD, loginCookie, post } from '../targets/platform';
import { CAPACITY, type ChatPair, type ChatRig, inBatches, type Side, type SideName, visitorAddress } from './chat-rig';

const connected = <S extends { once: (event: 'connect' | 'connect_error', cb: (e?: Error) => void) => unknown }>(
  socket: S,
) =>
  new Promise<S>((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => reject(error));
  });

const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms).unref()),
  ]);

const sender = (socket: { emit: StaffSocket['emit'] }, conversationId: string): Side => ({
  send: (body, acked) =>
    socket.emit('message:send', { conversationId, clientId: crypto.randomUUID(), body }, (answer) =>
      acked(answer.ok ? undefined : answer.error.code),
    ),
});

/**
 * Real conversations on the platform: counsellors made through the supervisor API (capacity ten, available), anonymous
 * visitors from addresses of their own who join the queue and are routed to them. With several server URLs (processes
 * on one PostgreSQL) sockets are spread over them as a load balancer would, so most chats cross processes.
 */
export const createPlatformRig = (urls: string[], supervisorCookie: string): ChatRig & { counsellors: number } => {
  const [first = ''] = urls;
  const pairs: ChatPair[] = [];
  const sockets: { close: () => unknown }[] = [];
  const holder = new Map<string, StaffSocket>();
  const waiting = new Map<string, (socket: StaffSocket) => void>();
  let counsellors = 0;
  let visitors = 0;
  let delivered: (body: string, to: SideName) => void = () => {};
  const hear = (message: Message, to: SideName) => {
    if (message.sender !== to) delivered(message.body, to);
  };

  const addCounsellor = async (index: number) => {
    const username = `bench-c${index}`;
    const created = await post(
      first,
      '/api/staff',
      {
        username,
        alias: `C${index}`,
        role: 'counsellor',
        programmes: ['helpwanted'],
        capacity: CAPACITY,
        password: BENCH_PASSWORD,
      },
      supervisorCookie,
    );
    if (!created.ok) throw new Error(`staff ${username}: ${created.status} ${await created.text()}`);
    const url = urls[index % urls.length] ?? first;
    const cookie = await loginCookie(url, username);
    const socket = createStaffSocket(url, { forceNew: true, reconnection: false, extraHeaders: { cookie } });
    sockets.push(socket);
    socket.on('message', (message) => hear(message, 'counsellor'));
    socket.on('conversation:assigned', ({ conversation }) => {
      holder.set(conversation.id, socket);
      waiting.get(conversation.id)?.(socket);
    });
    await connected(socket);
    const answer = await socket.emitWithAck('presence:set', { status: 'available' });
    if (!answer.ok) throw new Error(`presence: ${answer.error.code}`);
  };

  const addVisitor = async (index: number) => {
    const url = urls[index % urls.length] ?? first;
    const socket = createVisitorSocket(url, () => null, {
      forceNew: true,
      reconnection: false,
      extraHeaders: { 'x-forwarded-for': visitorAddress(index) },
    });
    sockets.push(socket);
    socket.on('message', (message) => hear(message, 'visitor'));
    await connected(socket);
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
    get counsellors() {
      return counsellors;
    },
    onDelivered: (listener) => {
      delivered = listener;
    },
    grow: async (total) => {
      const needed = Math.ceil(total / CAPACITY);
      await inBatches(needed - counsellors, 4, (i) => addCounsellor(counsellors + i));
      counsellors = Math.max(counsellors, needed);
      pairs.push(...(await inBatches(total - pairs.length, 25, (i) => addVisitor(visitors + i))));
      visitors = pairs.length;
    },
    close: async () => {
      for (const socket of sockets) socket.close();
    },
  };
};
