import { createVisitorSocket } from '@helpline/shared/client';
import { io } from 'socket.io-client';
import WebSocket from 'ws';
import { inBatches, visitorAddress } from './chat-rig';

/**
 * A connector process of the idle-sockets benchmark (a process holds at most 20,000 descriptors here, so several
 * share the sockets): opens COUNT connections of KIND to URL, reports `connected`, closes them on `close`.
 */
const url = process.env.BENCH_URL ?? '';
const kind = process.env.BENCH_KIND ?? 'visitor';
const count = Number(process.env.BENCH_COUNT ?? 0);
const offset = Number(process.env.BENCH_OFFSET ?? 0);

const open = (index: number) =>
  new Promise<{ close: () => void }>((resolve, reject) => {
    if (kind === 'ws') {
      const socket = new WebSocket(url.replace('http', 'ws'));
      socket.once('open', () => resolve({ close: () => socket.close() }));
      socket.once('error', reject);
      return;
    }
    const options = { forceNew: true, reconnection: false, transports: ['websocket'] };
    const socket =
      kind === 'visitor'
        ? createVisitorSocket(url, () => null, {
            ...options,
            extraHeaders: { 'x-forwarded-for': visitorAddress(index) },
          })
        : io(`${url}/relay`, options);
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });

const sockets = await inBatches(count, 100, (i) => open(offset + i));
process.send?.({ connected: sockets.length });
process.on('message', (message) => {
  if (message !== 'close') return;
  for (const socket of sockets) socket.close();
  process.exit(0);
});
