import { type AckedEvent, type Asked, ask, type PayloadFor } from '@helpline/shared/client';
import type { AnySocket } from '../test/helpers/sockets';
import { raw } from '../test/helpers/sockets';
import { delay } from './wait';

const CONNECT_MS = 5000;
const ACK_MS = 15_000;

/** Sends an event of the contract and resolves with its answer, `NO_ANSWER` when none came (dropped, timed out). */
export type Ask<S extends AnySocket> = <E extends AckedEvent<S>>(
  event: E,
  payload: PayloadFor<S, E>,
) => Promise<Asked<S, E>>;

type LinkOptions<S extends AnySocket> = {
  /** Server URLs, as a client behind a load balancer would be sent to any of them; the first is tried first. */
  urls: string[];
  /** Opens a socket (reconnection off: the link reconnects) with its listeners attached. */
  open: (url: string) => S;
  /** After each (re)connect, before anything else is sent: catch up (resume). Throws to be tried again. */
  onConnect: (ask: Ask<S>) => Promise<void>;
};

/**
 * One client's connection over time, as the web app keeps it: when it drops, it connects again (to the next URL when
 * one refuses), catches up, and only then lets queued sends go. Every wait is on a condition; the back-off between
 * attempts only keeps a dead server from being hammered.
 */
export const createLink = <S extends AnySocket>({ urls, open, onConnect }: LinkOptions<S>) => {
  let socket: S | null = null;
  let up = false;
  let closed = false;
  let next = 0;
  let markReady: () => void = () => {};
  let ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const stats = { connects: 0, drops: 0, readyAt: 0, url: '' };

  const askOn =
    (s: S): Ask<S> =>
    (event, payload) =>
      ask(s, event, payload, ACK_MS);

  const attempt = (url: string) =>
    new Promise<S | null>((resolve) => {
      const s = open(url);
      const fail = () => {
        clearTimeout(timer);
        s.close();
        resolve(null);
      };
      const timer = setTimeout(fail, CONNECT_MS);
      raw(s).once('connect', () => {
        clearTimeout(timer);
        resolve(s);
      });
      raw(s).once('connect_error', fail);
    });

  const connect = async () => {
    for (let tries = 0; !closed; tries++) {
      const url = urls[next % urls.length] ?? '';
      const s = await attempt(url);
      if (!s) {
        next += 1;
        await delay(Math.min(1000, 50 * 2 ** Math.min(tries, 5)));
        continue;
      }
      if (closed) return void s.close();
      socket = s;
      stats.connects += 1;
      stats.url = url;
      raw(s).once('disconnect', () => {
        socket = null;
        up = false;
        s.close();
        if (closed) return;
        stats.drops += 1;
        ready = new Promise<void>((resolve) => {
          markReady = resolve;
        });
        void connect();
      });
      for (;;) {
        try {
          await onConnect(askOn(s));
          break;
        } catch {
          if (!s.connected) return;
          await delay(200);
        }
      }
      if (!s.connected) return;
      stats.readyAt = performance.now();
      up = true;
      markReady();
      return;
    }
  };

  const askWhenReady: Ask<S> = async (event, payload) => {
    for (;;) {
      await ready;
      const s = socket;
      if (s?.connected) return askOn(s)(event, payload);
      await delay(10);
    }
  };

  return {
    stats,
    start: connect,
    /** Sends once connected and caught up; `NO_ANSWER` when no answer came. */
    ask: askWhenReady,
    /** Connected and caught up. */
    isReady: () => up,
    close: () => {
      closed = true;
      socket?.close();
    },
  };
};
export type Link<S extends AnySocket> = ReturnType<typeof createLink<S>>;
