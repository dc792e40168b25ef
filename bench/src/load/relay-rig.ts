import { io, type Socket } from 'socket.io-client';
import { type ChatRig, createRelayLikeRig } from './chat-rig';

/** Conversations on the bare Socket.IO relay (servers/socketio-relay.ts). */
export const createRelayRig = (url: string): ChatRig => {
  const sockets: Socket[] = [];
  return createRelayLikeRig(
    (conversations, deliver) =>
      new Promise((resolve, reject) => {
        const socket = io(`${url}/relay`, {
          transports: ['websocket'],
          forceNew: true,
          reconnection: false,
          auth: { conversations },
        });
        sockets.push(socket);
        socket.on('message', (m: { body: string }) => deliver(m.body));
        socket.once('connect_error', reject);
        socket.once('connect', () =>
          resolve((conversationId) => ({
            send: (body, acked) =>
              socket.emit('message:send', { conversationId, clientId: crypto.randomUUID(), body }, () => acked()),
          })),
        );
      }),
    () => {
      for (const socket of sockets) socket.close();
    },
  );
};
