// The source key a page's articles are stored under, the same however its path was typed.
//
// The rule: a page's key is its root and its path inside the root. The root of a path given to
// ingest is, in this order: the folder --source NAME names already (kept in the store) when it holds
// the path; with --source NAME, the folder given (a file's own folder), which NAME then names;
// the innermost folder named earlier that holds the path; else the folder's real path
// (fs.realpath), so the key is then the page's real path. Keys are `NAME:2021-05-28/01.txt`
// under a named root and `/srv/papers/A/2021-05-28/01.txt` under an unnamed one: a file, a
// subfolder or the whole folder give a page one key, `.`, `./x`, `x/` and a link to x are x, and
// two folders of one name (/x/pages, /y/pages) never share a key.
import { realpath } from 'node:fs/promises';
import { basename, dirname, sep } from 'node:path';
import { BadRequestError } from '../errors.js';
import type { SourceRoot } from './model.js';

/** Where a path given to ingest stands. */
export interface PlacedPath {
  /** The root it belongs to; a null name for a root known by its real path. */
  root: { name: string | null; path: string };
  /** The key of a page at `rel` (`/` between names) inside the folder given. */
  keyOf(rel: string): string;
  /** What --prune of this path may touch: a folder's key prefix, or a file's own key. */
  scope: string;
}

// A name is one path segment and cannot be read as a real path or a drive: `hengyang`, `衡阳日报`.
const NAME = /^[^\s/\\:.][^/\\:]*$/;

/** A --source name as given, trimmed, or a usage error saying what a name may be. */
export function sourceName(raw: string): string {
  const name = raw.trim();
  if (!NAME.test(name)) throw new BadRequestError('source', `--source "${raw}" cannot name a source: a name is one word with no /, \\ or :, not starting with a dot`);
  return name;
}

const posix = (path: string) => path.split(sep).join('/');
const inside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith('/') ? folder : `${folder}/`);

/** The root and keys of a path that exists (`kind` as expandPath found it), by the rule above. */
export async function placePath(path: string, kind: 'file' | 'folder', named: SourceRoot[], name?: string): Promise<PlacedPath> {
  const folder = posix(await realpath(kind === 'folder' ? path : dirname(path)));
  const given = name === undefined ? undefined : named.find((r) => r.name === name);
  const holding = named.filter((r) => inside(folder, r.path)).sort((a, b) => b.path.length - a.path.length)[0];
  const root = name === undefined ? (holding ?? { name: null, path: folder }) : given && inside(folder, given.path) ? given : { name, path: folder };
  const within = folder.slice(root.path.length).replace(/^\/+/, '');
  const prefix = root.name === null ? (folder.endsWith('/') ? folder : `${folder}/`) : `${root.name}:${within ? `${within}/` : ''}`;
  return { root, keyOf: (rel) => prefix + rel, scope: kind === 'folder' ? prefix : prefix + basename(path) };
}
