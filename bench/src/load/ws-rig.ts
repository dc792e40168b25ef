import WebSocket from 'ws';
import { type ChatRig, createRelayLikeRig } from './chat-rig';

/** Conversations on the raw ws relay (servers/ws-relay.ts): JSON frames, acks matched by a frame id. */
export const createWsRig = (url: string): ChatRig => {
  const sockets: WebSocket[] = [];
  let nextFrame = 0;
  return createRelayLikeRig(
    (conversations, deliver) =>
      new Promise((resolve, reject) => {
        const socket = new WebSocket(url.replace('http', 'ws'));
        sockets.push(socket);
        const waiting = new Map<number, () => void>();
        socket.on('message', (data) => {
          const frame = JSON.parse(String(data)) as { ack?: number; body?: string };
          if (frame.body !== undefined) deliver(frame.body);
          if (frame.ack === undefined) return;
          waiting.get(frame.ack)?.();
          waiting.delete(frame.ack);
        });
        socket.once('error', reject);
        socket.once('open', () => {
          socket.send(JSON.stringify({ join: conversations }));
          resolve((conversationId) => ({
            send: (body, acked) => {
              const id = nextFrame++;
              waiting.set(id, () => acked());
              socket.send(JSON.stringify({ id, conversationId, clientId: crypto.randomUUID(), body }));
            },
          }));
        });
      }),
    () => {
      for (const socket of sockets) socket.close();
    },
  );
};
