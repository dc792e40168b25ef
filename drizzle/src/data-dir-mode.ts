import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Owner only: other local users can neither list nor read anything under the data folder. */
const DIR_MODE = 0o700;
const FILE_MODE = 0o600;

const tighten = (target: string) => {
  const stat = lstatSync(target);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    if ((stat.mode & 0o777) !== DIR_MODE) chmodSync(target, DIR_MODE);
    for (const entry of readdirSync(target)) tighten(path.join(target, entry));
  } else if ((stat.mode & 0o777 & ~FILE_MODE) !== 0) {
    chmodSync(target, stat.mode & FILE_MODE);
  }
};

/**
 * The data folder and everything in it 0700/0600 whatever the umask: this process's umask becomes 077 (so the keys
 * file and folders made later are private too) and the modes of what exists already are fixed.
 */
export const secureDataDir = (dataDir: string) => {
  process.umask(0o077);
  mkdirSync(dataDir, { recursive: true, mode: DIR_MODE });
  tighten(dataDir);
};
