import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const Day = z.iso.date();

const LiveKey = z.object({
  id: z.string().min(1),
  programme: z.string().min(1),
  createdAt: z.string(),
  key: z.base64().refine((k) => Buffer.from(k, 'base64').length === 32, 'must be 32 bytes'),
  active: z.boolean(),
  /** An epoch key wraps the data keys of conversations whose retention runs out on this UTC day. */
  epoch: Day.optional(),
});
/** A key destroyed on purpose (retention): data under it reads as shredded, and the boot check accepts it. */
const DestroyedKey = z.object({
  id: z.string().min(1),
  programme: z.string().min(1),
  epoch: Day.optional(),
  destroyedAt: z.string(),
});
export const KeysFile = z.object({
  version: z.union([z.literal(1), z.literal(2)]),
  keys: z.array(LiveKey),
  destroyed: z.array(DestroyedKey).default([]),
});
export type KeysFile = z.infer<typeof KeysFile>;
export type LiveKey = z.infer<typeof LiveKey>;

export const newKey = (programme: string, at: Date, epoch?: string): LiveKey => ({
  id: `${programme}-${epoch ? `e${epoch}` : at.toISOString().slice(0, 10)}-${randomBytes(3).toString('hex')}`,
  programme,
  createdAt: at.toISOString(),
  key: randomBytes(32).toString('base64'),
  active: true,
  ...(epoch ? { epoch } : {}),
});

/** Written to a temporary file and renamed, mode 0600: a crash never leaves half a keys file. */
const write = (file: string, content: KeysFile) => {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify({ ...content, version: 2 }, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, file);
};

export const readKeysFile = (file: string): KeysFile => {
  const parsed = KeysFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`The keys file ${file} is not valid: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
};

const LOCK_WAIT_MS = 10_000;
const STALE_LOCK_MS = 30_000;
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Every process of one installation shares the keys file: changes are made under a lock file, read again inside it. */
const withLock = <T>(file: string, change: () => T): T => {
  const lock = `${file}.lock`;
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(lock, { force: true });
      if (Date.now() > deadline) throw new Error(`The keys file stays locked: remove ${lock} if no process runs`);
      pause(20);
    }
  }
  try {
    return change();
  } finally {
    rmSync(lock, { force: true });
  }
};

/** Reads the keys file under its lock, applies `change` and writes the result (unless it is the same object). */
export const updateKeysFile = (file: string, change: (current: KeysFile) => KeysFile): KeysFile =>
  withLock(file, () => {
    const current = existsSync(file) ? readKeysFile(file) : { version: 2 as const, keys: [], destroyed: [] };
    const next = change(current);
    if (next !== current) write(file, next);
    return next;
  });

/**
 * The keys file at start: created on first start; a purpose without an active key (staff secrets) gets one. Programme
 * data keys are wrapped by epoch keys, made when first needed.
 */
export const loadOrCreateKeysFile = (file: string, purposes: readonly string[], at: Date): KeysFile =>
  updateKeysFile(file, (current) => {
    const missing = purposes.filter((p) => !current.keys.some((k) => k.programme === p && k.active && !k.epoch));
    if (missing.length === 0 && existsSync(file)) return current;
    return { ...current, keys: [...current.keys, ...missing.map((p) => newKey(p, at))] };
  });

/** Rotation of plain keys: a new active key per purpose; old keys stay (inactive) so what they wrapped still opens. */
export const addKeys = (file: string, purposes: readonly string[], at: Date): KeysFile =>
  updateKeysFile(file, (current) => ({
    ...current,
    keys: [
      ...current.keys.map((k) => (purposes.includes(k.programme) && !k.epoch ? { ...k, active: false } : k)),
      ...purposes.map((p) => newKey(p, at)),
    ],
  }));
