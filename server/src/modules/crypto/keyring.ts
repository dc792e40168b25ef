import { randomBytes } from 'node:crypto';
import nacl from 'tweetnacl';
import { type KeysFile, newKey, readKeysFile, updateKeysFile } from './keys-file';

export class MissingKeyError extends Error {
  constructor(readonly keyIds: string[]) {
    super(`Missing key-encryption key(s) ${keyIds.join(', ')}: restore the keys file that holds them`);
    this.name = 'MissingKeyError';
  }
}

/** The key was destroyed on purpose (retention): what it wrapped is gone for good. */
export class KeyDestroyedError extends Error {
  constructor(readonly keyId: string) {
    super(`Key ${keyId} was destroyed`);
    this.name = 'KeyDestroyedError';
  }
}

const NONCE = nacl.secretbox.nonceLength;

/**
 * The purpose of the keys of single mailbox threads: each thread's data key is wrapped under a key of its own, so that
 * "forget this conversation" destroys that key at once and no copy the disk or a backup still holds can be opened.
 */
export const MAILBOX_THREAD_KEY = 'mailbox-thread';
const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC day (YYYY-MM-DD) of a moment: the epoch of a conversation whose retention runs out then. */
export const epochOf = (at: Date) => at.toISOString().slice(0, 10);
export const addDays = (at: Date, days: number) => new Date(at.getTime() + days * DAY_MS);

const index = (file: KeysFile) => ({
  file,
  byId: new Map(file.keys.map((k) => [k.id, new Uint8Array(Buffer.from(k.key, 'base64'))])),
  destroyed: new Set(file.destroyed.map((k) => k.id)),
  active: new Map(file.keys.filter((k) => k.active && !k.epoch).map((k) => [k.programme, k.id])),
  activeEpoch: new Map(file.keys.filter((k) => k.active && k.epoch).map((k) => [`${k.programme}/${k.epoch}`, k.id])),
});

/**
 * The keys of the keys file, in memory: plain keys seal staff secrets; epoch keys wrap conversations' data keys, one
 * per programme and UTC day on which retention runs out, and are destroyed (tombstoned) when that day has passed.
 * With `path`, keys another process made are read again on a miss, and new keys are written under the file's lock.
 */
export const createKeyring = (initial: KeysFile, path?: string) => {
  let state = index(initial);
  const reload = () => {
    if (path) state = index(readKeysFile(path));
  };
  const change = (fn: (current: KeysFile) => KeysFile) => {
    state = index(path ? updateKeysFile(path, fn) : fn(state.file));
  };
  const keyOf = (id: string) => {
    if (!state.byId.has(id) && !state.destroyed.has(id)) reload();
    const key = state.byId.get(id);
    if (key) return key;
    if (state.destroyed.has(id)) throw new KeyDestroyedError(id);
    throw new MissingKeyError([id]);
  };
  const activeKeyId = (programme: string) => {
    const id = state.active.get(programme);
    if (!id) throw new MissingKeyError([`active key of ${programme}`]);
    return id;
  };
  /** The active key of a programme's epoch, made (under the file's lock) when no process has made it yet. */
  const epochKeyId = (programme: string, epoch: string, at: Date) => {
    const slot = `${programme}/${epoch}`;
    if (!state.activeEpoch.has(slot)) reload();
    if (!state.activeEpoch.has(slot))
      change((current) =>
        current.keys.some((k) => k.programme === programme && k.epoch === epoch && k.active)
          ? current
          : { ...current, keys: [...current.keys, newKey(programme, at, epoch)] },
      );
    const id = state.activeEpoch.get(slot);
    if (!id) throw new MissingKeyError([`epoch key ${slot}`]);
    return id;
  };
  const seal = (keyId: string, secret: Uint8Array) => {
    const nonce = new Uint8Array(randomBytes(NONCE));
    const box = nacl.secretbox(secret, nonce, keyOf(keyId));
    const wrapped = new Uint8Array(NONCE + box.length);
    wrapped.set(nonce);
    wrapped.set(box, NONCE);
    return { keyId, wrapped };
  };
  return {
    activeKeyId,
    epochKeyId,
    hasKey: (id: string) => state.byId.has(id),
    isDestroyed: (id: string) => state.destroyed.has(id),
    /** The epoch of a key, undefined for plain keys and keys not in the file. */
    epochOfKey: (id: string) => state.file.keys.find((k) => k.id === id)?.epoch,
    /** Live keys (id, programme, epoch, active), read from the file again. */
    liveKeys: () => {
      reload();
      return state.file.keys.map(({ id, programme, epoch, active, createdAt }) => ({
        id,
        programme,
        epoch,
        active,
        createdAt,
      }));
    },
    /** nonce || secretbox(secret) under the purpose's active plain key (staff secrets). */
    wrap: (purpose: string, secret: Uint8Array) => seal(activeKeyId(purpose), secret),
    /** A data key wrapped under the epoch key of the day on which its conversation's retention runs out. */
    wrapUntil: (programme: string, dueAt: Date, dataKey: Uint8Array, at: Date) =>
      seal(epochKeyId(programme, epochOf(dueAt), at), dataKey),
    /** A secret under a key made for it alone (inactive: nothing else is wrapped under it); destroying it shreds the secret. */
    wrapUnderNewKey: (purpose: string, secret: Uint8Array, at: Date) => {
      const key = { ...newKey(purpose, at), active: false };
      change((current) => ({ ...current, keys: [...current.keys, key] }));
      return seal(key.id, secret);
    },
    /** The purpose (or programme) a key belongs to, undefined for keys not in the file. */
    purposeOfKey: (id: string) => state.file.keys.find((k) => k.id === id)?.programme,
    unwrap: (keyId: string, wrapped: Uint8Array) => {
      const key = nacl.secretbox.open(wrapped.subarray(NONCE), wrapped.subarray(0, NONCE), keyOf(keyId));
      if (!key) throw new Error(`A data key does not open with key ${keyId}`);
      return key;
    },
    /** New active keys for these epochs (rotation); the old ones stay until their epoch is destroyed. */
    renewEpochs: (slots: { programme: string; epoch: string }[], at: Date) =>
      change((current) => {
        const renew = (k: KeysFile['keys'][number]) =>
          slots.some((s) => s.programme === k.programme && s.epoch === k.epoch);
        return {
          ...current,
          keys: [
            ...current.keys.map((k) => (k.epoch && renew(k) ? { ...k, active: false } : k)),
            ...slots.map((s) => newKey(s.programme, at, s.epoch)),
          ],
        };
      }),
    /** Deletes keys from the keys file for good, leaving a tombstone: what they wrapped can never be read again. */
    destroy: (ids: string[], at: Date) => {
      if (ids.length === 0) return;
      change((current) => ({
        ...current,
        keys: current.keys.filter((k) => !ids.includes(k.id)),
        destroyed: [
          ...current.destroyed,
          ...current.keys
            .filter((k) => ids.includes(k.id))
            .map(({ id, programme, epoch }) => ({ id, programme, epoch, destroyedAt: at.toISOString() })),
        ],
      }));
    },
  };
};

export type Keyring = ReturnType<typeof createKeyring>;

/** The server refuses to start when a key its data needs is missing; a key destroyed on purpose is not missing. */
export const assertKeysPresent = (keyring: Pick<Keyring, 'hasKey' | 'isDestroyed'>, keyIdsInUse: string[]) => {
  const missing = keyIdsInUse.filter((id) => !keyring.hasKey(id) && !keyring.isDestroyed(id));
  if (missing.length > 0) throw new MissingKeyError(missing);
};
