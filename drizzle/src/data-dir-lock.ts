import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The embedded database can be opened by one process only; this says which one has it. */
export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The data folder ${dataDir} is in use by process ${pid} (a running server?). Stop it first, or use DATABASE_URL.`,
    );
    this.name = 'DataDirInUseError';
  }
}

/**
 * What the lock file holds: the pid and, where /proc tells it, that process's start time, so a pid the system has
 * since given to another process does not keep the folder locked. Older versions wrote the bare pid.
 */
type Holder = { pid: number; startTime: string | null };

/** Clock ticks a second in /proc (USER_HZ: 100 on every Linux architecture userspace sees). */
const TICKS_PER_SECOND = 100;

/** A process's start time in clock ticks after boot (field 22 of /proc/<pid>/stat), or null without /proc. */
const startTimeOf = (pid: number): string | null => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: the fields after it start at field 3.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[22 - 3] ?? null;
  } catch {
    return null;
  }
};

/** When the process started, in ms since the epoch (boot time plus its start time), or null without /proc. */
const startedAtMs = (startTime: string) => {
  try {
    const boot = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1];
    return boot ? Number(boot) * 1000 + (Number(startTime) * 1000) / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
};

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readHolder = (file: string): Holder | null => {
  const text = readFileSync(file, 'utf8').trim();
  if (/^\d+$/.test(text)) return { pid: Number(text), startTime: null };
  try {
    const { pid, startTime } = JSON.parse(text) as Partial<Holder>;
    return Number.isInteger(pid) && Number(pid) > 0
      ? { pid: Number(pid), startTime: typeof startTime === 'string' ? startTime : null }
      : null;
  } catch {
    return null;
  }
};

/**
 * Whether the process that wrote the lock still runs: its pid is alive and, where /proc tells, started when the lock
 * says. A bare pid (older versions) counts only if its process started before the lock was written (1 s of slack for
 * the rounding of boot time); without /proc a live pid is all there is to go on.
 */
const holds = (holder: Holder, file: string) => {
  if (!isAlive(holder.pid)) return false;
  const now = startTimeOf(holder.pid);
  if (now === null) return true;
  if (holder.startTime !== null) return holder.startTime === now;
  const startedAt = startedAtMs(now);
  return startedAt === null || startedAt <= statSync(file).mtimeMs + 1000;
};

/** Takes the data folder's lock (a stale lock of a process that is gone is taken over); returns the release function. */
export const lockDataDir = (dataDir: string): (() => void) => {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'pglite.lock');
  const me: Holder = { pid: process.pid, startTime: startTimeOf(process.pid) };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      if (holder && holder.pid !== process.pid && holds(holder, file)) throw new DataDirInUseError(dataDir, holder.pid);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Cannot lock the data folder ${dataDir}`);
};
