import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const KeyEntry = z.object({
  id: z.string().min(1),
  programme: z.string().min(1),
  createdAt: z.string(),
  key: z.base64().refine((k) => Buffer.from(k, 'base64').length === 32, 'must be 32 bytes'),
  active: z.boolean(),
});
export const KeysFile = z.object({ version: z.literal(1), keys: z.array(KeyEntry) });
export type KeysFile = z.infer<typeof KeysFile>;

const newKey = (programme: string, at: Date) => ({
  id: `${programme}-${at.toISOString().slice(0, 10)}-${randomBytes(3).toString('hex')}`,
  programme,
  createdAt: at.toISOString(),
  key: randomBytes(32).toString('base64'),
  active: true,
});

/** Written to a temporary file and renamed, mode 0600: a crash never leaves half a keys file. */
const write = (file: string, content: KeysFile) => {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, file);
};

const read = (file: string): KeysFile => {
  const parsed = KeysFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`The keys file ${file} is not valid: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
};

/**
 * The key-encryption keys: created with one key per programme on first start; a programme without a key gets one.
 * The key material lives only here, never in the database.
 */
export const loadOrCreateKeysFile = (file: string, programmes: readonly string[], at: Date): KeysFile => {
  const current = existsSync(file) ? read(file) : { version: 1 as const, keys: [] };
  const missing = programmes.filter((p) => !current.keys.some((k) => k.programme === p && k.active));
  if (missing.length === 0) return current;
  const next = { ...current, keys: [...current.keys, ...missing.map((p) => newKey(p, at))] };
  write(file, next);
  return next;
};

/** Rotation: a new active key per programme; old keys stay (inactive) so data keys wrapped by them still open. */
export const addKeys = (file: string, programmes: readonly string[], at: Date): KeysFile => {
  const current = read(file);
  const next = {
    ...current,
    keys: [
      ...current.keys.map((k) => (programmes.includes(k.programme) ? { ...k, active: false } : k)),
      ...programmes.map((p) => newKey(p, at)),
    ],
  };
  write(file, next);
  return next;
};
