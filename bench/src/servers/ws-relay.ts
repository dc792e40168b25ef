import { createServer } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * The floor: raw WebSockets, no Socket.IO. A client names its conversations in its first frame; every later frame is a
 * message, relayed as it came to every socket of its conversation and acknowledged to the sender.
 */
const http = createServer();
const wss = new WebSocketServer({ server: http });
const members = new Map<string, Set<WebSocket>>();

wss.on('connection', (socket) => {
  let joined: string[] | null = null;
  socket.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { join?: string[]; conversationId?: string; id?: number };
    if (!joined) {
      joined = frame.join ?? [];
      for (const id of joined) members.set(id, (members.get(id) ?? new Set()).add(socket));
      return;
    }
    const text = String(data);
    for (const member of members.get(frame.conversationId ?? '') ?? []) member.send(text);
    socket.send(JSON.stringify({ ack: frame.id }));
  });
  socket.on('close', () => {
    for (const id of joined ?? []) members.get(id)?.delete(socket);
  });
});
http.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = http.address();
  process.stdout.write(`listening on ${typeof address === 'object' && address ? address.port : 0}\n`);
});
