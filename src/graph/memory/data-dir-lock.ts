// One process at a time owns an embedded store's data directory: a second writer would interleave
// journal lines and lose the other's snapshot. A lock left by a process that died is taken over.
//
// The lock is a file `lock.N` holding its owner's pid, made whole in one step (a hard link of a
// file already written), so no one ever reads a half-written owner. Taking over a dead owner's
// lock.N never deletes it first (read, unlink, create races: two takers both unlink and both
// create); the taker creates lock.N+1 instead, which only one of them can. A taker then looks
// again: if any other lock file names a live owner (a taker that read the directory before it
// changed), it withdraws and tries again. Two takers may both withdraw, never both hold.
import { closeSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { StoreLockedError, StoreUnavailableError } from '../../errors.js';

/** Written by versions before generations: read as generation 0. */
const LEGACY_LOCK = 'lock';
const GENERATION = /^lock\.(\d+)$/;
const ATTEMPTS = 50;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock files present, by generation. */
function generations(dir: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const name of readdirSync(dir)) {
    if (name === LEGACY_LOCK) found.set(0, name);
    const m = GENERATION.exec(name);
    if (m) found.set(Number(m[1]), name);
  }
  return found;
}

/** The live process a lock file names other than this one; null for a dead owner or a file gone. */
function liveOwner(path: string): number | null {
  let owner: number;
  try {
    owner = Number(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
  return owner && owner !== process.pid && alive(owner) ? owner : null;
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone: nothing to remove
  }
}

/** Creates `name` holding this process's pid, whole, or returns false when it already exists. */
function createHoldingPid(dir: string, name: string): boolean {
  const tmp = join(dir, `lock.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  const fd = openSync(tmp, 'wx');
  try {
    writeSync(fd, String(process.pid));
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, join(dir, name));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkQuietly(tmp);
  }
}

function busy(dir: string, owner: number): StoreLockedError {
  return new StoreLockedError(
    `the data directory ${dir} is in use by process ${owner} (a running "newsgraph serve" or ingest); stop it first, or point NEWSGRAPH_DATA_DIR elsewhere`,
    owner,
  );
}

/** Takes the data directory's lock or throws StoreUnavailableError naming its owner; returns the release. */
export function lockDataDir(dir: string): () => void {
  try {
    mkdirSync(dir, { recursive: true });
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const found = generations(dir);
      const top = Math.max(-1, ...found.keys());
      if (top >= 0) {
        const owner = liveOwner(join(dir, found.get(top) as string));
        if (owner) throw busy(dir, owner);
      }
      const mine = `lock.${top + 1}`;
      if (!createHoldingPid(dir, mine)) continue;
      const rival = [...generations(dir).values()].filter((name) => name !== mine).map((name) => liveOwner(join(dir, name))).find((owner) => owner !== null);
      if (rival) {
        unlinkQuietly(join(dir, mine));
        // Both may have withdrawn: a short wait that differs between takers lets one of them win.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1 + (randomBytes(1)[0] as number) % 8);
        continue;
      }
      // Every other lock file names a dead owner: clear them away.
      for (const name of generations(dir).values()) if (name !== mine) unlinkQuietly(join(dir, name));
      return () => unlinkQuietly(join(dir, mine));
    }
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw error;
    throw new StoreUnavailableError(`cannot lock the data directory ${dir}`, { cause: error });
  }
  throw new StoreUnavailableError(`cannot lock the data directory ${dir}: other processes kept taking it`);
}
