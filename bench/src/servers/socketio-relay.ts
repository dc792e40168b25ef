import { createServer } from 'node:http';
import { Server } from 'socket.io';

/**
 * The baseline: a bare Socket.IO relay with the platform's event shape (`message:send` with an ack, `message` to the
 * conversation's room, which holds both sides) and no database, validation or encryption.
 */
const http = createServer();
const io = new Server(http, { serveClient: false });
const relay = io.of('/relay');
relay.on('connection', (socket) => {
  const { conversations } = socket.handshake.auth as { conversations?: string[] };
  if (conversations) socket.join(conversations);
  socket.on('message:send', (payload: { conversationId: string }, ack: (answer: unknown) => void) => {
    relay.to(payload.conversationId).emit('message', payload);
    ack({ ok: true });
  });
});
http.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = http.address();
  process.stdout.write(`listening on ${typeof address === 'object' && address ? address.port : 0}\n`);
});
