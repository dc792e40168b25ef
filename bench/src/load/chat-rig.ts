/** One side of a conversation: sends a message and reports its acknowledgement (an error code, or nothing). */
export type Side = { send: (body: string, acked: (errorCode?: string) => void) => void };
export type ChatPair = { visitor: Side; counsellor: Side };
export type SideName = 'visitor' | 'counsellor';

/**
 * A set of live conversations on one target (the platform, the bare Socket.IO relay or the raw ws relay). Every
 * message either side receives is reported to `delivered` with the side that received it.
 */
export type ChatRig = {
  pairs: ChatPair[];
  /** Adds conversations until there are `total`. */
  grow: (total: number) => Promise<void>;
  onDelivered: (listener: (body: string, to: SideName) => void) => void;
  close: () => Promise<void>;
};

/** A counsellor holds up to ten chats, on every target. */
export const CAPACITY = 10;

/** Several sockets opened at a time, not all at once: a server's accept queue is not what is measured here. */
export const inBatches = async <T>(count: number, batch: number, make: (index: number) => Promise<T>) => {
  const made: T[] = [];
  for (let start = 0; start < count; start += batch) {
    const size = Math.min(batch, count - start);
    made.push(...(await Promise.all(Array.from({ length: size }, (_, i) => make(start + i)))));
  }
  return made;
};

/** A documentation address (198.18.0.0/15) per visitor, as real visitors each have their own. */
export const visitorAddress = (index: number) =>
  `198.${18 + Math.floor(index / 65_000)}.${Math.floor((index % 65_000) / 250)}.${(index % 250) + 1}`;

/**
 * Opens one connection that takes part in `conversations` (its side of each) and reports what it receives to
 * `deliver`; answers a sender per conversation.
 */
export type OpenSide = (conversations: string[], deliver: (body: string) => void) => Promise<(id: string) => Side>;

/** The relays' conversations: one counsellor connection per ten of them and one per visitor. */
export const createRelayLikeRig = (open: OpenSide, close: () => void): ChatRig => {
  const pairs: ChatPair[] = [];
  let delivered: (body: string, to: SideName) => void = () => {};
  const openAs = (conversations: string[], to: SideName) => open(conversations, (body) => delivered(body, to));
  return {
    pairs,
    onDelivered: (listener) => {
      delivered = listener;
    },
    grow: async (total) => {
      while (pairs.length < total) {
        const ids = Array.from({ length: Math.min(CAPACITY, total - pairs.length) }, () => crypto.randomUUID());
        const counsellor = await openAs(ids, 'counsellor');
        const visitors = await inBatches(ids.length, CAPACITY, (i) => openAs([ids[i] ?? ''], 'visitor'));
        visitors.forEach((visitor, i) => {
          const id = ids[i] ?? '';
          pairs.push({ visitor: visitor(id), counsellor: counsellor(id) });
        });
      }
    },
    close: async () => close(),
  };
};
