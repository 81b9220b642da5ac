// The embedded store's named source roots: sources.json beside the journal, the whole list
// rewritten (to a side file, fsynced, then renamed over) each time a name is given or moves.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StoreCorruptError } from '../../errors.js';
import type { SourceRoot } from '../model.js';

export class SourceRootsFile {
  private readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, 'sources.json');
  }

  list(): SourceRoot[] {
    if (!existsSync(this.path)) return [];
    try {
      const roots = JSON.parse(readFileSync(this.path, 'utf8')) as SourceRoot[];
      return roots.map(({ name, path }) => ({ name, path }));
    } catch (cause) {
      throw new StoreCorruptError(`${this.path} does not read as the list of named sources`, { cause });
    }
  }

  record(root: SourceRoot): void {
    const roots = [...this.list().filter((r) => r.name !== root.name), root].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const side = `${this.path}.new`;
    const fd = openSync(side, 'w');
    try {
      writeSync(fd, `${JSON.stringify(roots, null, 1)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(side, this.path);
  }
}
