import { createHmac, randomInt } from 'node:crypto';
import { MAILBOX_CODE_GROUPS } from '@helpline/shared';

/** The return-code alphabet: no look-alikes (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A new mailbox code, `XXXX-XXXX-XXXX-XXXX`: 16 signs of 31, about 79 bits. */
export const newMailboxCode = () =>
  Array.from({ length: MAILBOX_CODE_GROUPS }, () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  ).join('-');

/**
 * The keyed hash a thread is found by: HMAC-SHA256 under a key derived from a key of the keys file (never in the
 * database or its backups), so a stolen database cannot be searched for codes by brute force.
 */
export const createCodeHasher = (secret: Uint8Array) => {
  const key = createHmac('sha256', secret).update('helpline: mailbox codes').digest();
  return (code: string) => createHmac('sha256', key).update(code.toUpperCase()).digest('base64url');
};

export type CodeHasher = ReturnType<typeof createCodeHasher>;
