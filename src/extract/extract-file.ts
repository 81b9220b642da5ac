// Reads one page file and extracts its articles: the unit of work of an ingest run, done in the
// calling thread or in a worker. A failure comes back as a code and message, which cross threads.
import { NewsgraphError } from '../errors.js';
import { pageText, readPageBytes } from '../ingest/read.js';
import { extractPage, extractSettings, type ExtractOptions } from './extract-page.js';
import { pageHash } from '../graph/ids.js';
import type { FactSheet } from '../graph/fact-sheet.js';
import { pageArticles } from '../ingest/page-articles.js';
import type { PageBytes } from '../ingest/article.js';

/** A page file to read, or a page's bytes already read (a posted page, or a file read to hash it). */
export type FileJob = { path: string; source: string } | PageBytes;

export type FileOutcome = { sheets: FactSheet[] } | { failure: { code: string; message: string } };

export function failureOf(error: unknown): { code: string; message: string } {
  return {
    code: error instanceof NewsgraphError ? error.code : 'INTERNAL',
    message: error instanceof Error ? error.message : String(error),
  };
}

const DEFAULT_PAGE_TIME_LIMIT_S = 60;

/** How long extracting one page may take: NEWSGRAPH_PAGE_TIME_LIMIT_S seconds, 60 by default. */
export function pageTimeLimitSeconds(): number {
  const s = Number(process.env.NEWSGRAPH_PAGE_TIME_LIMIT_S);
  return Number.isFinite(s) && s > 0 ? s : DEFAULT_PAGE_TIME_LIMIT_S;
}

export async function extractFile(job: FileJob, options: ExtractOptions = {}, seconds = pageTimeLimitSeconds()): Promise<FileOutcome> {
  const path = job.path;
  let bytes: Uint8Array;
  try {
    bytes = 'bytes' in job ? job.bytes : await readPageBytes(job.path);
  } catch (error) {
    return { failure: failureOf(error) };
  }
  try {
    const started = Date.now();
    const page = pageArticles({ source: job.source, text: pageText(bytes, path ?? job.source) });
    const sheets = extractPage(page, options, { deadline: started + seconds * 1000, seconds });
    // A file's articles carry the hash of its bytes and the settings, so an unchanged file is not read again.
    if (path !== undefined) {
      const hash = pageHash(bytes, extractSettings(options));
      for (const sheet of sheets) Object.assign(sheet.article, { pageHash: hash, pageArticles: sheets.length });
    }
    return { sheets };
  } catch (error) {
    return { failure: failureOf(error) };
  }
}
