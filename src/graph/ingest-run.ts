// One ingest run over paths: read every file, extract its articles, write each through the store.
// A file or article that fails is recorded with what and where, and the run goes on. When the
// store itself goes away mid-run, no further write is tried: every article left is named as not
// written, and running again completes them (unchanged ones are skipped).
import { basename } from 'node:path';
import { NewsgraphError } from '../errors.js';
import { extractPage, type ExtractOptions } from '../extract/extract-page.js';
import type { SourcePage } from '../ingest/article.js';
import { expandPath, readSource } from '../ingest/read.js';
import { applyFactSheet } from './replace-article.js';
import type { GraphStore } from './store.js';

export interface IngestFailure {
  path: string;
  article?: string;
  code: string;
  message: string;
}

export interface IngestSummary {
  files: number;
  articles: { new: number; changed: number; unchanged: number; removed: number; failed: number };
  /** Null when the store could not be asked at the end. */
  entities: number | null;
  relations: number | null;
  failures: IngestFailure[];
  durationMs: number;
}

export interface IngestOptions {
  extract?: ExtractOptions;
  /** Remove the articles whose source is gone from the given folders (or no longer on its page). */
  prune?: boolean;
  onFiles?: (total: number) => void;
  onFile?: (path: string) => void;
}

function failureOf(path: string, error: unknown, article?: string): IngestFailure {
  const code = error instanceof NewsgraphError ? error.code : 'INTERNAL';
  const message = error instanceof Error ? error.message : String(error);
  return { path, ...(article ? { article } : {}), code, message };
}

export async function ingestPaths(store: GraphStore, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const summary = emptySummary();
  const files: Array<{ path: string; source: string }> = [];
  // What this run speaks for: pruning only ever touches sources under the paths it was given.
  const scopes: string[] = [];
  for (const path of paths) {
    try {
      const listed = await expandPath(path);
      files.push(...listed);
      const single = listed.length === 1 && listed[0]?.source === basename(path);
      scopes.push(single ? basename(path) : `${basename(path)}/`);
    } catch (error) {
      summary.failures.push(failureOf(path, error));
    }
  }
  options.onFiles?.(files.length);
  const run: RunState = { storeLost: null, written: new Map() };
  for (const file of files) {
    summary.files++;
    const read = await readSource(file.path, file.source);
    if (read.ok) await writePage(store, file.path, read.page, options, summary, run);
    else summary.failures.push(failureOf(file.path, read.error));
    options.onFile?.(file.path);
  }
  if (options.prune && !run.storeLost) {
    try {
      summary.articles.removed = await pruneSources(store, scopes, files, run.written);
    } catch (error) {
      summary.failures.push(failureOf(paths.join(', '), error));
    }
  }
  await finish(store, summary, started);
  return summary;
}

interface RunState {
  storeLost: NewsgraphError | null;
  /** Article ids each source gave in this run. */
  written: Map<string, Set<string>>;
}

function emptySummary(): IngestSummary {
  return { files: 0, articles: { new: 0, changed: 0, unchanged: 0, removed: 0, failed: 0 }, entities: null, relations: null, failures: [], durationMs: 0 };
}

/** Extracts one page and writes its articles, each on its own; failures are recorded, not thrown. */
async function writePage(store: GraphStore, path: string, page: SourcePage, options: IngestOptions, summary: IngestSummary, run: RunState): Promise<void> {
  let sheets;
  try {
    sheets = extractPage(page, options.extract);
  } catch (error) {
    summary.failures.push(failureOf(path, error));
    return;
  }
  if (sheets.length === 0) summary.failures.push({ path, code: 'INPUT_INVALID', message: `${path}: no article found in the page` });
  run.written.set(page.source, new Set(sheets.map((s) => s.article.id)));
  for (const sheet of sheets) {
    if (run.storeLost) {
      summary.articles.failed++;
      summary.failures.push({ path, article: sheet.article.title, code: run.storeLost.code, message: `not written: the store became unavailable during the run (${run.storeLost.message})` });
      continue;
    }
    try {
      summary.articles[await applyFactSheet(store, sheet)]++;
    } catch (error) {
      summary.articles.failed++;
      summary.failures.push(failureOf(path, error, sheet.article.title));
      if (error instanceof NewsgraphError && error.code === 'STORE_UNAVAILABLE') run.storeLost = error;
    }
  }
}

/** Pages given as text (the API's POST /api/ingest): the same run as over files. */
export async function ingestPages(store: GraphStore, pages: SourcePage[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const summary = emptySummary();
  const run: RunState = { storeLost: null, written: new Map() };
  for (const page of pages) {
    summary.files++;
    await writePage(store, page.source, page, options, summary, run);
  }
  await finish(store, summary, started);
  return summary;
}

async function finish(store: GraphStore, summary: IngestSummary, started: number): Promise<void> {
  try {
    const stats = await store.stats();
    summary.entities = Object.entries(stats.nodes).reduce((n, [label, c]) => (label === 'Article' ? n : n + c), 0);
    summary.relations = Object.values(stats.relationships).reduce((n, c) => n + c, 0);
  } catch {
    // The store is down; the failures above already say so.
  }
  summary.durationMs = Date.now() - started;
}

/** Removes stored articles of these scopes whose file is gone, or that their re-read page no longer
 * has; a file that is there but could not be read keeps its articles. Then entities left bare go. */
async function pruneSources(
  store: GraphStore,
  scopes: string[],
  files: Array<{ source: string }>,
  written: Map<string, Set<string>>,
): Promise<number> {
  const present = new Set(files.map((f) => f.source));
  let removed = 0;
  for (const meta of await store.articleSources()) {
    const inScope = scopes.some((s) => (s.endsWith('/') ? meta.source.startsWith(s) : meta.source === s));
    if (!inScope) continue;
    const gone = !present.has(meta.source);
    const dropped = written.get(meta.source)?.has(meta.id) === false;
    if ((gone || dropped) && (await store.removeArticle(meta.id))) removed++;
  }
  await store.pruneOrphans();
  return removed;
}
