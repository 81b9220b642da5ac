// One process at a time owns an embedded store's data directory: a second writer would interleave
// journal lines and lose the other's snapshot. A lock left by a process that died is taken over.
//
// The lock is a file `lock.N` holding its owner's pid and host name, made whole in one step (a hard
// link of a file already written), so no one ever reads a half-written owner. An owner on another
// host (another container on a shared volume, where both may be pid 1) cannot be asked whether it
// lives, so its lock holds until it is released or removed by hand. Taking over a dead owner's
// lock.N never deletes it first (read, unlink, create races: two takers both unlink and both
// create); the taker creates lock.N+1 instead, which only one of them can. A taker then looks
// again: if any other lock file names a live owner (a taker that read the directory before it
// changed), it withdraws and tries again. Two takers may both withdraw, never both hold.
import { closeSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
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

/** What a lock file holds: `pid host`; files of earlier versions hold the pid alone. */
const ME = `${process.pid} ${hostname()}`;

interface Owner {
  pid: number;
  host: string | null;
}

/** The live owner a lock file names other than this process; null for a dead owner or a file gone. */
function liveOwner(path: string): Owner | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  const [pid, ...host] = text.trim().split(' ');
  const owner: Owner = { pid: Number(pid), host: host.length ? host.join(' ') : null };
  if (!owner.pid) return null;
  // Another host's process cannot be asked: it is taken to live.
  if (owner.host !== null && owner.host !== hostname()) return owner;
  return owner.pid !== process.pid && alive(owner.pid) ? owner : null;
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
    writeSync(fd, ME);
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

function busy(dir: string, owner: Owner): StoreLockedError {
  const elsewhere = owner.host !== null && owner.host !== hostname();
  return new StoreLockedError(
    elsewhere
      ? `the data directory ${dir} is in use by process ${owner.pid} on ${owner.host} (a running "newsgraph serve" or ingest, perhaps in another container); stop it first, or, if it is gone for good, delete the lock.* files in ${dir}`
      : `the data directory ${dir} is in use by process ${owner.pid} (a running "newsgraph serve" or ingest); stop it first, or point NEWSGRAPH_DATA_DIR elsewhere`,
    owner.pid,
  );
}

/** Whether the lock file still names this process. */
const mine = (path: string) => {
  try {
    return readFileSync(path, 'utf8') === ME;
  } catch {
    return false;
  }
};

/** Takes the data directory's lock or throws StoreUnavailableError naming its owner; returns the release. */
export function lockDataDir(dir: string): () => void {
  try {
    mkdirSync(dir, { recursive: true });
    let rival: Owner | null = null;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const found = generations(dir);
      const top = Math.max(-1, ...found.keys());
      if (top >= 0) {
        const owner = liveOwner(join(dir, found.get(top) as string));
        if (owner) throw busy(dir, owner);
      }
      const name = `lock.${top + 1}`;
      const path = join(dir, name);
      if (!createHoldingPid(dir, name)) continue;
      rival = [...generations(dir).values()].filter((other) => other !== name).map((other) => liveOwner(join(dir, other))).find((owner) => owner !== null) ?? null;
      if (rival) {
        unlinkQuietly(path);
        // Both may have withdrawn: a short wait that differs between takers lets one of them win.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1 + (randomBytes(1)[0] as number) % 8);
        continue;
      }
      // Lock files of dead owners are cleared away, each asked again just before: one a taker
      // made meanwhile names a live owner, who will see this one and withdraw.
      for (const other of generations(dir).values()) if (other !== name && !liveOwner(join(dir, other))) unlinkQuietly(join(dir, other));
      // Another's clean-up may have taken this file away in between: then it is not held.
      if (!mine(path)) continue;
      return () => unlinkQuietly(path);
    }
    if (rival) throw busy(dir, rival);
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw error;
    throw new StoreUnavailableError(`cannot lock the data directory ${dir}`, { cause: error });
  }
  throw new StoreUnavailableError(`cannot lock the data directory ${dir}: other processes kept taking it`);
}
