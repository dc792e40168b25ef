import type { ProgrammeId } from '@helpline/shared';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import { addDays, KeyDestroyedError, type Keyring, MAILBOX_THREAD_KEY } from '../crypto/keyring';
import { newDataKey } from '../crypto/message-crypto';

const CACHE_SIZE = 5000;

type Wrapped = { id: string; keyId: string | null; wrappedKey: Uint8Array | null };
export const shreddedError = () => new AppError('GONE', 'This transcript has been shredded');

/**
 * Per-conversation data keys: made at queue time and wrapped under the epoch key of the day the conversation's
 * retention would run out if it ended now (retention moves it to the epoch of its real end before that key goes);
 * unwrapped once and kept in a bounded cache, dropped when the conversation is shredded.
 */
export const createDataKeys = ({
  keyring,
  retentionDaysOf,
  clock,
}: {
  keyring: Keyring;
  retentionDaysOf: (programme: ProgrammeId) => Promise<number>;
  clock: Clock;
}) => {
  const cache = new Map<string, Uint8Array>();
  const unwrap = (conversation: Wrapped) => {
    if (!conversation.keyId || !conversation.wrappedKey) throw shreddedError();
    try {
      return keyring.unwrap(conversation.keyId, conversation.wrappedKey);
    } catch (error) {
      throw error instanceof KeyDestroyedError ? shreddedError() : error;
    }
  };
  return {
    /** A new data key, wrapped until the programme's retention period from now. */
    forNew: async (programme: ProgrammeId) => {
      const now = clock.now();
      const dataKey = newDataKey();
      return { dataKey, ...keyring.wrapUntil(programme, addDays(now, await retentionDaysOf(programme)), dataKey, now) };
    },
    /** A new data key under a key of its own (a mailbox thread: forgetting it destroys that key). */
    forNewThread: () => {
      const dataKey = newDataKey();
      return { dataKey, ...keyring.wrapUnderNewKey(MAILBOX_THREAD_KEY, dataKey, clock.now()) };
    },
    of: (conversation: Wrapped) => {
      const cached = cache.get(conversation.id);
      if (cached) return cached;
      const key = unwrap(conversation);
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
      cache.set(conversation.id, key);
      return key;
    },
    /** The same data key wrapped for another programme (transfer): nothing is re-encrypted. */
    rewrap: async (conversation: Wrapped, programme: ProgrammeId) => {
      const now = clock.now();
      return keyring.wrapUntil(programme, addDays(now, await retentionDaysOf(programme)), unwrap(conversation), now);
    },
    /** The same data key under the epoch key of another day (retention moves it before its old key goes). */
    rewrapUntil: (conversation: Wrapped, programme: ProgrammeId, dueAt: Date) =>
      keyring.wrapUntil(programme, dueAt, unwrap(conversation), clock.now()),
    /** Shredded conversations: their keys leave the cache. */
    forget: (ids: readonly string[]) => {
      for (const id of ids) cache.delete(id);
    },
  };
};

export type DataKeys = ReturnType<typeof createDataKeys>;
