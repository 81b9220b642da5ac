// 5 (and 2). The cost curve: for each corpus size, ingest into a fresh embedded store and then
// reopen it, each in a child process, recording time and peak RSS. The data directories are kept
// for the API benchmark and removed by the caller.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageFiles } from './lib/corpus-files.js';
import { round, runChild } from './lib/measure.js';
import { statSync } from 'node:fs';

export interface ScalePoint {
  articles: number;
  corpus_mb: number;
  ingest_s: number;
  ingest_articles_s: number;
  ingest_mb_s: number;
  ingest_peak_rss_mb: number;
  /** The same corpus ingested again into the store that holds it, opening the store included. */
  reingest_s: number;
  load_s: number;
  load_peak_rss_mb: number;
  data_dir: string;
}

interface ChildResult {
  seconds: number;
  maxRssMb: number;
  articles: number;
}

export async function measureScale(corpus: string, articles: number): Promise<ScalePoint> {
  const dataDir = mkdtempSync(join(tmpdir(), `newsgraph-bench-${articles}-`));
  const mb = pageFiles(corpus).reduce((n, f) => n + statSync(f).size, 0) / 1e6;
  const ingest = await runChild<ChildResult>('scale-child.ts', ['ingest', corpus, dataDir]);
  if (ingest.articles !== articles) throw new Error(`ingested ${ingest.articles} articles of ${articles}`);
  const reingest = await runChild<ChildResult>('scale-child.ts', ['reingest', corpus, dataDir]);
  if (reingest.articles !== articles) throw new Error(`re-ingest found ${reingest.articles} articles unchanged of ${articles}`);
  const load = await runChild<ChildResult>('scale-child.ts', ['load', dataDir]);
  return {
    articles,
    corpus_mb: round(mb, 1),
    ingest_s: round(ingest.seconds, 1),
    ingest_articles_s: round(articles / ingest.seconds, 0),
    ingest_mb_s: round(mb / ingest.seconds, 2),
    ingest_peak_rss_mb: round(ingest.maxRssMb, 0),
    reingest_s: round(reingest.seconds, 2),
    load_s: round(load.seconds, 2),
    load_peak_rss_mb: round(load.maxRssMb, 0),
    data_dir: dataDir,
  };
}
