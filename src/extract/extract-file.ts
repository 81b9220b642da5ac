// Reads one page file and extracts its articles: the unit of work of an ingest run, done in the
// calling thread or in a worker. A failure comes back as a code and message, which cross threads.
import { NewsgraphError } from '../errors.js';
import { readSource } from '../ingest/read.js';
import { extractPage, type ExtractOptions } from './extract-page.js';
import type { FactSheet } from '../graph/fact-sheet.js';
import { pageArticles } from '../ingest/page-articles.js';

export interface FileJob {
  path: string;
  source: string;
}

export type FileOutcome = { sheets: FactSheet[] } | { failure: { code: string; message: string } };

export function failureOf(error: unknown): { code: string; message: string } {
  return {
    code: error instanceof NewsgraphError ? error.code : 'INTERNAL',
    message: error instanceof Error ? error.message : String(error),
  };
}

export async function extractFile(job: FileJob, options: ExtractOptions = {}): Promise<FileOutcome> {
  const read = await readSource(job.path, job.source);
  if (!read.ok) return { failure: failureOf(read.error) };
  try {
    return { sheets: extractPage(pageArticles(read.page), options) };
  } catch (error) {
    return { failure: failureOf(error) };
  }
}
