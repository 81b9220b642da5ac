// One ingest run over paths: list the files, extract them (in parallel across worker threads when
// there are enough of them), and write their articles through the store in batches. Files are
// extracted a bounded window ahead of the writes and written in listing order, so memory stays
// bounded on any folder and the graph is the same whatever the number of workers. A file or
// article that fails is recorded with what and where, and the run goes on. When the store itself
// goes away mid-run, no further write is tried: every article left is named as not written, and
// running again completes them (unchanged ones are skipped). The key each page is stored under comes
// from ingest-sources.ts; pages an earlier version stored under its keys move over (legacy-moves.ts).
import { NewsgraphError } from '../errors.js';
import { extractFile, failureOf as outcomeFailure, type FileOutcome } from '../extract/extract-file.js';
import { createExtractor, defaultWorkers, type Extractor } from '../extract/extract-pool.js';
import { extractSettings, type ExtractOptions } from '../extract/extract-page.js';
import type { PageBytes } from '../ingest/article.js';
import { readPageBytes } from '../ingest/read.js';
import { pageHash } from './ids.js';
import { listSources, type ListedFile, type ListOptions } from './ingest-sources.js';
import { LegacyMoves } from './legacy-moves.js';
import type { ArticleMeta, FactSheet } from './model.js';
import { pruneSources } from './prune-sources.js';
import { applyFactSheets, storeLost } from './replace-article.js';
import type { GraphStore } from './store.js';

export interface IngestFailure {
  path: string;
  article?: string;
  code: string;
  message: string;
}

export interface IngestSummary {
  files: number;
  /** Files whose bytes and settings were those their stored articles were read from: not read again. */
  unchangedFiles: number;
  /** Files in the folders that are not pages, by extension ('' for none): not read. */
  skipped: Record<string, number>;
  articles: { new: number; changed: number; unchanged: number; removed: number; failed: number };
  /** Articles stored under an earlier version's source keys, replaced by the same pages under their current keys. */
  rekeyed: number;
  /** Null when the store could not be asked at the end. */
  entities: number | null;
  relations: number | null;
  failures: IngestFailure[];
  durationMs: number;
}

export interface IngestOptions extends ListOptions {
  extract?: ExtractOptions;
  /**
   * Extraction threads; 1 extracts in the calling thread. By default one per core, fewer for a
   * handful of files: each worker loads its own tokenizer dictionary first, which takes a second.
   */
  workers?: number;
  /** Articles written per store call (default 200). */
  batchSize?: number;
  onFiles?: (total: number) => void;
  onFile?: (path: string) => void;
}

const DEFAULT_BATCH = 200;
/** Files extracted ahead of the writes, per worker: enough to keep every worker busy. */
const WINDOW_PER_WORKER = 4;
const FILES_PER_DEFAULT_WORKER = 16;

function failureOf(path: string, error: unknown, article?: string): IngestFailure {
  return { path, ...(article ? { article } : {}), ...outcomeFailure(error) };
}

function emptySummary(): IngestSummary {
  return { files: 0, unchangedFiles: 0, skipped: {}, articles: { new: 0, changed: 0, unchanged: 0, removed: 0, failed: 0 }, rekeyed: 0, entities: null, relations: null, failures: [], durationMs: 0 };
}

/** A file found as it was when its stored articles were read from it: their ids. */
type Unchanged = { unchanged: string[] };

/**
 * What the store holds of each source read from files, by the page hash its articles were read
 * under: a page is unchanged when its hash now is one of them and the store holds every article
 * that reading gave (articles of an older reading the page no longer has are left to --prune).
 */
function storedPages(metas: ArticleMeta[]): Map<string, Map<string, { count: number | null; ids: string[] }>> {
  const bySource = new Map<string, Map<string, { count: number | null; ids: string[] }>>();
  for (const meta of metas) {
    if (!meta.pageHash) continue;
    const readings = bySource.get(meta.source) ?? new Map<string, { count: number | null; ids: string[] }>();
    bySource.set(meta.source, readings);
    const reading = readings.get(meta.pageHash) ?? { count: meta.pageArticles, ids: [] };
    readings.set(meta.pageHash, reading);
    reading.ids.push(meta.id);
  }
  return bySource;
}

/** Takes each file's extracted articles in order and writes them in batches. */
class BatchWriter {
  storeLost: NewsgraphError | null = null;
  /** Article ids each source gave in this run. */
  readonly written = new Map<string, Set<string>>();
  /** Sources that failed to read, or an article of which failed to be written. */
  readonly failed = new Set<string>();
  private batch: Array<{ path: string; sheet: FactSheet }> = [];

  constructor(
    private readonly store: GraphStore,
    private readonly summary: IngestSummary,
    private readonly batchSize: number,
  ) {}

  async take(path: string, source: string, outcome: FileOutcome | Unchanged): Promise<void> {
    this.summary.files++;
    if ('unchanged' in outcome) {
      this.summary.unchangedFiles++;
      this.summary.articles.unchanged += outcome.unchanged.length;
      this.written.set(source, new Set(outcome.unchanged));
      return;
    }
    if ('failure' in outcome) {
      this.failed.add(source);
      this.summary.failures.push({ path, ...outcome.failure });
      return;
    }
    if (outcome.sheets.length === 0) this.summary.failures.push({ path, code: 'INPUT_INVALID', message: `${path}: no article found in the page` });
    this.written.set(source, new Set(outcome.sheets.map((s) => s.article.id)));
    for (const sheet of outcome.sheets) this.batch.push({ path, sheet });
    if (this.batch.length >= this.batchSize) await this.flush();
  }

  async flush(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    if (batch.length === 0) return;
    // The embedded store writes without waiting on anything, so batches whose pages are all
    // extracted would follow each other in one turn of the event loop: let it answer between them.
    await new Promise((resolve) => setImmediate(resolve));
    if (this.storeLost) return this.notWritten(batch, this.storeLost);
    const results = await applyFactSheets(this.store, batch.map((b) => b.sheet));
    results.forEach((result, i) => {
      const { path, sheet } = batch[i] as { path: string; sheet: FactSheet };
      if ('outcome' in result) {
        this.summary.articles[result.outcome]++;
        return;
      }
      this.summary.articles.failed++;
      this.failed.add(sheet.article.source);
      this.summary.failures.push(failureOf(path, result.error, sheet.article.title));
      if (storeLost(result.error)) this.storeLost ??= result.error;
    });
  }

  private notWritten(batch: Array<{ path: string; sheet: FactSheet }>, lost: NewsgraphError): void {
    for (const { path, sheet } of batch) {
      this.summary.articles.failed++;
      this.summary.failures.push({ path, article: sheet.article.title, code: lost.code, message: `not written: the store became unavailable during the run (${lost.message})` });
    }
  }
}

export async function ingestPaths(store: GraphStore, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const summary = emptySummary();
  const { files, scopes, kept, failures, skipped } = await listSources(store, paths, options);
  for (const failure of failures) summary.failures.push(failureOf(failure.path, failure.error));
  summary.skipped = Object.fromEntries(skipped);
  options.onFiles?.(files.length);
  const writer = new BatchWriter(store, summary, options.batchSize ?? DEFAULT_BATCH);
  const workers = options.workers ?? Math.max(1, Math.min(defaultWorkers(), Math.floor(files.length / FILES_PER_DEFAULT_WORKER)));
  const extractor = createExtractor(workers, options.extract);
  const settings = extractSettings(options.extract);
  let metas: ArticleMeta[] = [];
  try {
    metas = await store.articleSources();
  } catch {
    // The store cannot say what it holds: every page is read, and the writes will report it.
  }
  const known = storedPages(metas);
  const legacy = new LegacyMoves(metas);
  // A page is hashed before it is extracted: one whose bytes and settings are those its stored
  // articles were read from is not extracted again (a scheduled re-ingest of an unchanged archive).
  const readOrSkip = async (file: ListedFile): Promise<FileOutcome | Unchanged> => {
    const job = { path: file.path, source: file.source };
    const readings = known.get(file.source);
    const tails = await legacy.take(file);
    if (!readings && tails.length === 0) return extractor.extract(job);
    // Read here to hash it; a changed page's bytes go on to be extracted, not read again.
    const bytes = await readPageBytes(file.path).catch(() => null);
    if (!bytes) return extractor.extract(job);
    const hash = pageHash(bytes, settings);
    for (const tail of tails) if (known.get(tail)?.has(hash)) legacy.takeTail(tail, file);
    const reading = readings?.get(hash);
    if (reading && reading.count === reading.ids.length) return { unchanged: reading.ids };
    return extractor.extract({ ...job, bytes });
  };
  try {
    const window = extractor.workers * WINDOW_PER_WORKER;
    const inFlight: Array<Promise<FileOutcome | Unchanged>> = [];
    let next = 0;
    for (const file of files) {
      while (next < files.length && inFlight.length < window) inFlight.push(readOrSkip(files[next++] as ListedFile));
      await writer.take(file.path, file.source, await (inFlight.shift() as Promise<FileOutcome | Unchanged>));
      options.onFile?.(file.path);
    }
    await writer.flush();
  } finally {
    await extractor.close();
  }
  if (!writer.storeLost) {
    try {
      summary.rekeyed = await legacy.finish(store, writer.failed);
      if (options.prune) summary.articles.removed = await pruneSources(store, scopes, kept, files, writer.written);
    } catch (error) {
      summary.failures.push(failureOf(paths.join(', '), error));
    }
  }
  await finish(store, summary, started);
  return summary;
}

/**
 * Pages given as bytes (the API's POST /api/ingest): the same run as over files, each page decoded
 * and extracted as a file is, a bad one failing alone. With an extractor (a server's pool of worker
 * threads) that is done there, all pages at once, and they are written in the order given; without
 * one, in this thread.
 */
export async function ingestPages(store: GraphStore, pages: PageBytes[], options: IngestOptions & { extractor?: Extractor } = {}): Promise<IngestSummary> {
  const started = Date.now();
  const summary = emptySummary();
  const writer = new BatchWriter(store, summary, options.batchSize ?? DEFAULT_BATCH);
  const extract = (page: PageBytes) => (options.extractor ? options.extractor.extract(page) : extractFile(page, options.extract));
  const outcomes = pages.map((page) => extract(page));
  for (const [i, page] of pages.entries()) await writer.take(page.source, page.source, await (outcomes[i] as Promise<FileOutcome>));
  await writer.flush();
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
