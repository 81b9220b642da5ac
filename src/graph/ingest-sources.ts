// The pages an ingest run is given: each path listed and placed in its root (source-key.ts), each
// page with its key, and what --prune may touch. A folder with no pages is never pruned unless the
// run is told it is empty on purpose: an unmounted disk looks just like that.
import { BadRequestError, EmptySourceError, InputError } from '../errors.js';
import { expandPath } from '../ingest/read.js';
import { legacyKeyOf } from './legacy-keys.js';
import type { SourceRoot } from './model.js';
import { placePath, sourceName } from './source-key.js';
import type { GraphStore } from './store.js';

export interface ListedFile {
  path: string;
  source: string;
  /** The key an earlier version gave this page for the folder typed now; null for a file given alone. */
  legacyKey: string | null;
}

export interface SourceListing {
  files: ListedFile[];
  /** Key prefixes (a folder's) and keys (a file's) that --prune may touch. */
  scopes: string[];
  /** Key prefixes of subfolders that cannot be listed: their articles are not taken for gone. */
  kept: string[];
  failures: Array<{ path: string; error: unknown }>;
  skipped: Map<string, number>;
}

export interface ListOptions {
  /** The name of the folder given (ingest --source NAME). */
  source?: string;
  prune?: boolean;
  /** A folder with no pages is no failure, and --prune of it removes what it gave. */
  allowEmpty?: boolean;
}

const NO_PAGES = 'no pages in the folder (pages are .txt, .text, .html and .htm files)';

export async function listSources(store: GraphStore, paths: string[], options: ListOptions = {}): Promise<SourceListing> {
  const name = options.source === undefined ? undefined : sourceName(options.source);
  const named = await store.sourceRoots();
  const listing: SourceListing = { files: [], scopes: [], kept: [], failures: [], skipped: new Map() };
  const empty: string[] = [];
  const namedRoots = new Map<string, SourceRoot>();
  for (const path of paths) {
    try {
      const expanded = await expandPath(path);
      const placed = await placePath(path, expanded.kind, named, name);
      if (placed.root.name !== null && name !== undefined) namedRoots.set(placed.root.path, placed.root as SourceRoot);
      for (const [ext, n] of expanded.skipped) listing.skipped.set(ext, (listing.skipped.get(ext) ?? 0) + n);
      for (const folder of expanded.unreadable) {
        listing.failures.push({ path: folder.path, error: folder.error });
        listing.kept.push(`${placed.keyOf(folder.rel)}/`);
      }
      if (expanded.files.length === 0 && expanded.unreadable.length === 0) {
        empty.push(path);
        if (!options.allowEmpty) {
          if (!options.prune) listing.failures.push({ path, error: new InputError(`${path}: ${NO_PAGES}`) });
          continue;
        }
      }
      for (const file of expanded.files) listing.files.push({ path: file.path, source: placed.keyOf(file.rel), legacyKey: expanded.kind === 'folder' ? legacyKeyOf(path, file.rel) : null });
      listing.scopes.push(placed.scope);
    } catch (error) {
      listing.failures.push({ path, error });
    }
  }
  if (options.prune && !options.allowEmpty && empty.length) {
    throw new EmptySourceError(`${empty.join(', ')}: ${NO_PAGES}; pruning would remove every article taken from it, so nothing was done (if it is empty on purpose, give --allow-empty)`);
  }
  // One name, one folder: two folders under one name would give their pages the same keys.
  if (namedRoots.size > 1) throw new BadRequestError('source', `--source ${name} names one folder, and these paths lie in ${namedRoots.size} (${[...namedRoots.keys()].join(', ')}): give the folder that holds them all`);
  for (const root of namedRoots.values()) {
    if (!named.some((r) => r.name === root.name && r.path === root.path)) await store.recordSourceRoot(root);
  }
  return listing;
}
