// One process at a time owns an embedded store's data directory: a second writer would interleave
// journal lines and lose the other's snapshot. A lock left by a process that died is taken over.
import { openSync, closeSync, readFileSync, unlinkSync, writeSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { StoreUnavailableError } from '../../errors.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(path);
        } catch {
          // already gone: nothing to release
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new StoreUnavailableError(`cannot lock the data directory ${dir}`, { cause: error });
      const owner = Number(readFileSync(path, 'utf8'));
      if (owner && owner !== process.pid && alive(owner)) {
        throw new StoreUnavailableError(
          `the data directory ${dir} is in use by process ${owner} (a running "newsgraph serve" or ingest); stop it first, or point NEWSGRAPH_DATA_DIR elsewhere`,
        );
      }
      unlinkSync(path);
    }
  }
  throw new StoreUnavailableError(`cannot lock the data directory ${dir}`);
}
