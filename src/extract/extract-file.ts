// Reads one page file and extracts its articles: the unit of work of an ingest run, done in the
// calling thread or in a worker. A failure comes back as a code and message, which cross threads.
import { NewsgraphError } from '../errors.js';
import { pageText, readSource } from '../ingest/read.js';
import { extractPage, extractSettings, type ExtractOptions } from './extract-page.js';
import { pageHash } from '../graph/ids.js';
import type { FactSheet } from '../graph/fact-sheet.js';
import { pageArticles } from '../ingest/page-articles.js';
import type { SourcePage } from '../ingest/article.js';

/** A page file to read, or a page's bytes already read (what POST /api/ingest brings), to decode. */
export type FileJob = { path: string; source: string } | { bytes: Uint8Array; source: string };

export type FileOutcome = { sheets: FactSheet[] } | { failure: { code: string; message: string } };

export function failureOf(error: unknown): { code: string; message: string } {
  return {
    code: error instanceof NewsgraphError ? error.code : 'INTERNAL',
    message: error instanceof Error ? error.message : String(error),
  };
}

export async function extractFile(job: FileJob, options: ExtractOptions = {}): Promise<FileOutcome> {
  let page: SourcePage;
  // A file's articles carry the hash of its bytes and the settings, so an unchanged file is not read again.
  let hash: string | undefined;
  if ('bytes' in job) {
    try {
      page = { source: job.source, text: pageText(job.bytes, job.source) };
    } catch (error) {
      return { failure: failureOf(error) };
    }
  } else {
    const read = await readSource(job.path, job.source);
    if (!read.ok) return { failure: failureOf(read.error) };
    page = read.page;
    hash = pageHash(read.bytes, extractSettings(options));
  }
  try {
    const sheets = extractPage(pageArticles(page), options);
    if (hash) for (const sheet of sheets) Object.assign(sheet.article, { pageHash: hash, pageArticles: sheets.length });
    return { sheets };
  } catch (error) {
    return { failure: failureOf(error) };
  }
}
