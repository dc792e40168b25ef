import { type Database, staff } from '@helpline/db';
import { programmeIds } from '@helpline/shared';
import { eq } from 'drizzle-orm';
import type { Keyring } from './keyring';

/** The keys-file entry whose key seals staff secrets (TOTP); rotated with the programmes' keys. */
export const SECRETS_KEY = 'staff-secrets';
/** Every key the keys file holds an active one of. */
export const KEY_PURPOSES = [...programmeIds, SECRETS_KEY] as const;

const PREFIX = 'sealed';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A secret stored as `sealed:<keyId>:<base64 nonce||box>`: useless without the keys file. */
export const createSecretSealer = (keyring: Keyring) => {
  const parse = (stored: string) => {
    const [prefix, keyId, box] = stored.split(':');
    return prefix === PREFIX && keyId && box ? { keyId, box: new Uint8Array(Buffer.from(box, 'base64')) } : null;
  };
  const open = (stored: string) => {
    const sealed = parse(stored);
    if (!sealed) throw new Error('A staff secret is not sealed: start the server once to seal it');
    return decoder.decode(keyring.unwrap(sealed.keyId, sealed.box));
  };
  const seal = (secret: string) => {
    const { keyId, wrapped } = keyring.wrap(SECRETS_KEY, encoder.encode(secret));
    return `${PREFIX}:${keyId}:${Buffer.from(wrapped).toString('base64')}`;
  };
  /** Sealed again under the active key; a plain secret (stored before sealing existed) is sealed for the first time. */
  const reseal = (stored: string) => {
    const sealed = parse(stored);
    if (sealed?.keyId === keyring.activeKeyId(SECRETS_KEY)) return stored;
    return seal(sealed ? open(stored) : stored);
  };
  return { seal, open, reseal };
};

export type SecretSealer = ReturnType<typeof createSecretSealer>;

/** Seals every TOTP secret (pending ones too) under the active key: at start (plain ones) and after rotation. */
export const resealStaffSecrets = async (db: Database, sealer: SecretSealer) => {
  const rows = await db
    .select({ id: staff.id, totpSecret: staff.totpSecret, totpPendingSecret: staff.totpPendingSecret })
    .from(staff);
  let resealed = 0;
  for (const row of rows) {
    const totpSecret = row.totpSecret && sealer.reseal(row.totpSecret);
    const totpPendingSecret = row.totpPendingSecret && sealer.reseal(row.totpPendingSecret);
    if (totpSecret === row.totpSecret && totpPendingSecret === row.totpPendingSecret) continue;
    await db.update(staff).set({ totpSecret, totpPendingSecret }).where(eq(staff.id, row.id));
    resealed += 1;
  }
  return resealed;
};
