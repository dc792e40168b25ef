import argon2 from 'argon2';
import { COMMON_PASSWORDS } from './common-passwords';

/** OWASP's argon2id minimum: 19 MiB, 2 passes, 1 lane. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => argon2.hash(password, OPTIONS);

export const verifyPassword = (hash: string, password: string) => argon2.verify(hash, password).catch(() => false);

/** Verified when the username is unknown, so a wrong username costs as much time as a wrong password. */
let dummyHash: Promise<string> | undefined;
export const verifyAgainstNothing = async (password: string) => {
  dummyHash ??= hashPassword('no account has this password');
  await verifyPassword(await dummyHash, password);
  return false;
};

/** Length 12..128, no composition rules; refuses the most common passwords and the username itself. */
export const passwordProblem = (password: string, username?: string): string | null => {
  if (password.length < 12) return 'must be at least 12 characters';
  if (password.length > 128) return 'must be at most 128 characters';
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return 'is one of the most common passwords: choose another';
  if (username && lower.includes(username.toLowerCase()) && username.length >= 4)
    return 'must not contain the username';
  return null;
};
