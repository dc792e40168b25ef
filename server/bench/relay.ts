import { createServer } from 'node:http';
import { Server } from 'socket.io';

/** The baseline: a bare Socket.IO relay with no database, no validation, no encryption. */
export const startBareRelay = async () => {
  const http = createServer();
  const io = new Server(http, { serveClient: false });
  io.of('/relay').on('connection', (socket) => {
    const { conversations } = socket.handshake.auth as { conversations?: string[] };
    if (conversations) socket.join(conversations.map((c) => `c:${c}`));
    socket.on('message:send', (payload: { conversationId: string }, ack: (r: unknown) => void) => {
      io.of('/relay').to(`c:${payload.conversationId}`).emit('message', payload);
      ack({ ok: true });
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: () => new Promise<void>((resolve) => io.close(() => resolve())),
  };
};
