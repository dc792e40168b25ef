import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SECRETS_KEY } from '../crypto/secret-seal';

const StaffSecretsKeys = z.object({ keys: z.array(z.object({ programme: z.string(), key: z.base64() })) });

/**
 * The secret of the throttle keys: the first (oldest) staff-secrets key of the keys file, which rotation keeps, so the
 * hashes stay the same across restarts and rotations. Read after the keys file was loaded or created at start.
 */
export const throttleSecretOf = (keysFile: string): Uint8Array => {
  const { keys } = StaffSecretsKeys.parse(JSON.parse(readFileSync(keysFile, 'utf8')));
  const first = keys.find((k) => k.programme === SECRETS_KEY);
  if (!first) throw new Error(`The keys file ${keysFile} has no ${SECRETS_KEY} key`);
  return new Uint8Array(Buffer.from(first.key, 'base64'));
};

/**
 * Keyed hashes (HMAC-SHA256) of the names the login throttle counts by: an account (`password` + username, `totp` +
 * staff id) and a client address. The key is derived from a key of the keys file, so every process of an installation
 * counts alike, and a stored counter or audit entry cannot be turned back into a username or an address without that
 * file (which is never in the database or its backups).
 */
export const createThrottleKeys = (secret: Uint8Array) => {
  const key = createHmac('sha256', secret).update('helpline: login throttle and audit names').digest();
  const hash = (value: string) => createHmac('sha256', key).update(value).digest('base64url').slice(0, 27);
  return {
    account: (kind: 'password' | 'totp', name: string) => `${kind}:${hash(`${kind}\u0000${name}`)}`,
    client: (address: string) => hash(`client\u0000${address}`),
    /** A short keyed hash of a username nobody has: failures of one name can be told apart, the name not read. */
    unknownUsername: (username: string) => hash(`unknown\u0000${username}`).slice(0, 12),
  };
};

export type ThrottleKeys = ReturnType<typeof createThrottleKeys>;
