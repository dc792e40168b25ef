import type { Keyring } from '../crypto/keyring';
import { newDataKey } from '../crypto/message-crypto';

const CACHE_SIZE = 5000;

/** Per-conversation data keys: made and wrapped at queue time, unwrapped once and kept in a bounded cache. */
export const createDataKeys = (keyring: Keyring) => {
  const cache = new Map<string, Uint8Array>();
  return {
    forNew: (programme: string) => {
      const dataKey = newDataKey();
      return { dataKey, ...keyring.wrap(programme, dataKey) };
    },
    of: (conversation: { id: string; keyId: string | null; wrappedKey: Uint8Array | null }) => {
      const cached = cache.get(conversation.id);
      if (cached) return cached;
      if (!conversation.keyId || !conversation.wrappedKey) throw new Error('This transcript has been shredded');
      const key = keyring.unwrap(conversation.keyId, conversation.wrappedKey);
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
      cache.set(conversation.id, key);
      return key;
    },
    /** The same data key wrapped for another programme (transfer): nothing is re-encrypted. */
    rewrap: (conversation: { id: string; keyId: string | null; wrappedKey: Uint8Array | null }, programme: string) => {
      if (!conversation.keyId || !conversation.wrappedKey) throw new Error('This transcript has been shredded');
      return keyring.wrap(programme, keyring.unwrap(conversation.keyId, conversation.wrappedKey));
    },
  };
};

export type DataKeys = ReturnType<typeof createDataKeys>;
