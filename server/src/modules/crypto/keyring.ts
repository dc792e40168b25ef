import { randomBytes } from 'node:crypto';
import nacl from 'tweetnacl';
import type { KeysFile } from './keys-file';

export class MissingKeyError extends Error {
  constructor(readonly keyIds: string[]) {
    super(`Missing key-encryption key(s) ${keyIds.join(', ')}: restore the keys file that holds them`);
    this.name = 'MissingKeyError';
  }
}

const NONCE = nacl.secretbox.nonceLength;

/** Wraps and unwraps per-conversation data keys with the programmes' key-encryption keys. */
export const createKeyring = (file: KeysFile) => {
  const byId = new Map(file.keys.map((k) => [k.id, new Uint8Array(Buffer.from(k.key, 'base64'))]));
  const active = new Map(file.keys.filter((k) => k.active).map((k) => [k.programme, k.id]));
  const keyOf = (id: string) => {
    const key = byId.get(id);
    if (!key) throw new MissingKeyError([id]);
    return key;
  };
  const activeKeyId = (programme: string) => {
    const id = active.get(programme);
    if (!id) throw new MissingKeyError([`active key of ${programme}`]);
    return id;
  };
  return {
    activeKeyId,
    hasKey: (id: string) => byId.has(id),
    /** nonce || secretbox(dataKey) under the programme's active key. */
    wrap: (programme: string, dataKey: Uint8Array) => {
      const keyId = activeKeyId(programme);
      const nonce = new Uint8Array(randomBytes(NONCE));
      const box = nacl.secretbox(dataKey, nonce, keyOf(keyId));
      const wrapped = new Uint8Array(NONCE + box.length);
      wrapped.set(nonce);
      wrapped.set(box, NONCE);
      return { keyId, wrapped };
    },
    unwrap: (keyId: string, wrapped: Uint8Array) => {
      const key = nacl.secretbox.open(wrapped.subarray(NONCE), wrapped.subarray(0, NONCE), keyOf(keyId));
      if (!key) throw new Error(`A data key does not open with key ${keyId}`);
      return key;
    },
  };
};

export type Keyring = ReturnType<typeof createKeyring>;

/** The server refuses to start when a key its data needs is missing. */
export const assertKeysPresent = (keyring: Pick<Keyring, 'hasKey'>, keyIdsInUse: string[]) => {
  const missing = keyIdsInUse.filter((id) => !keyring.hasKey(id));
  if (missing.length > 0) throw new MissingKeyError(missing);
};
