// One ingest run over paths: read every file, extract its articles, write each through the store.
// A file or article that fails is recorded with what and where, and the run goes on.
import { NewsgraphError } from '../errors.js';
import { extractPage, type ExtractOptions } from '../extract/extract-page.js';
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
  articles: { new: number; changed: number; unchanged: number; failed: number };
  entities: number;
  relations: number;
  failures: IngestFailure[];
  durationMs: number;
}

export interface IngestOptions {
  extract?: ExtractOptions;
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
  const summary: IngestSummary = { files: 0, articles: { new: 0, changed: 0, unchanged: 0, failed: 0 }, entities: 0, relations: 0, failures: [], durationMs: 0 };
  const files: Array<{ path: string; source: string }> = [];
  for (const path of paths) {
    try {
      files.push(...(await expandPath(path)));
    } catch (error) {
      summary.failures.push(failureOf(path, error));
    }
  }
  options.onFiles?.(files.length);
  for (const file of files) {
    summary.files++;
    const read = await readSource(file.path, file.source);
    if (!read.ok) {
      summary.failures.push(failureOf(file.path, read.error));
      options.onFile?.(file.path);
      continue;
    }
    let sheets;
    try {
      sheets = extractPage(read.page, options.extract);
    } catch (error) {
      summary.failures.push(failureOf(file.path, error));
      options.onFile?.(file.path);
      continue;
    }
    if (sheets.length === 0) summary.failures.push({ path: file.path, code: 'INPUT_INVALID', message: `${file.path}: no article found in the page` });
    for (const sheet of sheets) {
      try {
        summary.articles[await applyFactSheet(store, sheet)]++;
      } catch (error) {
        summary.articles.failed++;
        summary.failures.push(failureOf(file.path, error, sheet.article.title));
      }
    }
    options.onFile?.(file.path);
  }
  const stats = await store.stats();
  summary.entities = Object.entries(stats.nodes).reduce((n, [label, c]) => (label === 'Article' ? n : n + c), 0);
  summary.relations = Object.values(stats.relationships).reduce((n, c) => n + c, 0);
  summary.durationMs = Date.now() - started;
  return summary;
}
