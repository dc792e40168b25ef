import { createHmac, randomInt } from 'node:crypto';
import { MAILBOX_CODE_GROUPS } from '@helpline/shared';

/** The return-code alphabet: no look-alikes (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

const SIGNS = MAILBOX_CODE_GROUPS * 4;

const grouped = (signs: string[]) =>
  Array.from({ length: MAILBOX_CODE_GROUPS }, (_, i) => signs.slice(i * 4, i * 4 + 4).join('')).join('-');

/** A new mailbox code, `XXXX-XXXX-XXXX-XXXX`: 16 signs of 31, about 79 bits. */
export const newMailboxCode = () =>
  grouped(Array.from({ length: SIGNS }, () => ALPHABET[randomInt(ALPHABET.length)] ?? ''));

/**
 * The code of a write form's `clientId`: the same form posted again gets the same code, and so finds the thread it
 * made, without the code ever being stored. An HMAC under a key derived from a key of the keys file, read as a number
 * in base 31 (256 bits for 79: the signs are as even as random ones), so nobody without that file can derive a code.
 */
export const createCodeOfClientId = (secret: Uint8Array) => {
  const key = createHmac('sha256', secret).update('helpline: mailbox codes of write forms').digest();
  return (clientId: string) => {
    let rest = BigInt(`0x${createHmac('sha256', key).update(clientId.toLowerCase()).digest('hex')}`);
    const base = BigInt(ALPHABET.length);
    const signs = Array.from({ length: SIGNS }, () => {
      const sign = ALPHABET[Number(rest % base)] ?? '';
      rest /= base;
      return sign;
    });
    return grouped(signs);
  };
};

export type CodeOfClientId = ReturnType<typeof createCodeOfClientId>;

/**
 * The keyed hash a thread is found by: HMAC-SHA256 under a key derived from a key of the keys file (never in the
 * database or its backups), so a stolen database cannot be searched for codes by brute force.
 */
export const createCodeHasher = (secret: Uint8Array) => {
  const key = createHmac('sha256', secret).update('helpline: mailbox codes').digest();
  return (code: string) => createHmac('sha256', key).update(code.toUpperCase()).digest('base64url');
};

export type CodeHasher = ReturnType<typeof createCodeHasher>;
