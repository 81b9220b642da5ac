// Reads sources: files, folders (walked in name order) and stdin, decoded by what their bytes are
// (see decode.ts), HTML pages reduced to their article text, and normalised. A source that cannot be
// read becomes a failure of its own; the others go on.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import { InputError } from '../errors.js';
import type { SourcePage } from './article.js';
import { decodeBytes, DEFAULT_MAX_FILE_BYTES } from './decode.js';
import { htmlToText, looksLikeHtml } from './html.js';
import { normalizeText } from './normalize.js';

export type ReadResult = { ok: true; page: SourcePage; path: string } | { ok: false; path: string; error: InputError };

const TEXT_EXTENSIONS = /\.(txt|text|html?)$/i;

/** A folder inside the one given that cannot be listed: its pages are neither read nor taken for gone. */
export interface UnreadableFolder {
  path: string;
  /** Its path inside the folder given, with `/` between names. */
  rel: string;
  error: InputError;
}

/** What a path given names: one file, or a folder's files with their paths inside it (`/` between names). */
export interface ExpandedPath {
  kind: 'file' | 'folder';
  files: Array<{ path: string; rel: string }>;
  unreadable: UnreadableFolder[];
  /** Files that are not pages, by extension ('' for none). */
  skipped: Map<string, number>;
}

interface Walked {
  files: string[];
  unreadable: string[];
  /** Files that are not pages, counted by their extension ('' for none). */
  skipped: Map<string, number>;
}

/** Files in name order; a subfolder that cannot be listed is set aside, its siblings still walked. */
async function walk(dir: string, walked: Walked = { files: [], unreadable: [], skipped: new Map() }, top = true): Promise<Walked> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    if (top) throw cause;
    walked.unreadable.push(dir);
    return walked;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) await walk(full, walked, false);
    // A link is read through; one that leads nowhere is then reported as a file that cannot be read.
    else if ((e.isFile() || e.isSymbolicLink()) && TEXT_EXTENSIONS.test(e.name)) walked.files.push(full);
    else if (e.isFile()) walked.skipped.set(extname(e.name).toLowerCase(), (walked.skipped.get(extname(e.name).toLowerCase()) ?? 0) + 1);
  }
  return walked;
}

function maxFileBytes(): number {
  const mb = Number(process.env.NEWSGRAPH_MAX_FILE_MB);
  return Number.isFinite(mb) && mb > 0 ? mb * 1024 * 1024 : DEFAULT_MAX_FILE_BYTES;
}

/** Bytes to page text: decoded, an HTML page's article taken out, checked for being a page at all. */
export function pageText(bytes: Uint8Array, where: string): string {
  let text = decodeBytes(bytes, where, maxFileBytes()).text;
  if (looksLikeHtml(text)) {
    try {
      text = htmlToText(text);
    } catch (cause) {
      // Whatever the parser meets on one page (nesting, a malformed document) is that page's fault.
      throw new InputError(`${where}: the HTML page cannot be read: ${(cause as Error).message}`, { cause });
    }
    if (!text) throw new InputError(`${where}: an HTML page with no text in it`);
  }
  const normalized = normalizeText(text);
  if (!normalized.trim()) throw new InputError(`${where}: the file holds only white space`);
  return normalized;
}

/** Lists the files a path names, each with its path inside the folder given, and the subfolders that cannot be listed. */
export async function expandPath(path: string): Promise<ExpandedPath> {
  let info;
  try {
    info = await stat(path);
  } catch (cause) {
    throw new InputError(`${path}: no such file or folder`, { cause });
  }
  if (!info.isDirectory()) return { kind: 'file', files: [{ path, rel: basename(path) }], unreadable: [], skipped: new Map() };
  const relOf = (file: string) => relative(path, file).split(sep).join('/');
  const walked = await walk(path).catch((cause: NodeJS.ErrnoException) => {
    throw new InputError(`${path}: the folder cannot be read (${cause.code ?? 'error'})`, { cause });
  });
  return {
    kind: 'folder',
    files: walked.files.map((file) => ({ path: file, rel: relOf(file) })),
    skipped: walked.skipped,
    unreadable: walked.unreadable.map((dir) => ({
      path: dir,
      rel: relOf(dir),
      error: new InputError(`${dir}: the folder cannot be read; its pages were skipped and kept as they were`),
    })),
  };
}

/** Why a file cannot be read, in words, with the system's code for those who search for it. */
const READ_FAILURES: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'a folder, not a page (extract reads one page; ingest reads folders)',
  EACCES: 'no permission to read it',
  EPERM: 'no permission to read it',
  ELOOP: 'a link that leads round in a circle',
};

/** A file's bytes, or an InputError that says in words why they cannot be read. */
export async function readPageBytes(path: string): Promise<Uint8Array> {
  return readFile(path).catch((cause) => {
    const code = (cause as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(`${path}: ${READ_FAILURES[code] ? `${READ_FAILURES[code]} (${code})` : `cannot be read (${code})`}`, { cause });
  });
}

export async function readSource(path: string, source: string): Promise<ReadResult> {
  try {
    const bytes = await readPageBytes(path);
    return { ok: true, path, page: { source, text: pageText(bytes, path) } };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, path, error };
    throw error;
  }
}

export async function readStdin(): Promise<SourcePage> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return { source: 'stdin', text: pageText(Buffer.concat(chunks), 'stdin') };
}
