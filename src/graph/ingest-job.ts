// An ingest run as a job: it takes the store's ingest lock (so two runs never write one store at
// once, in one process or several), runs, and leaves a record of itself in the store.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { ingestPaths, type IngestOptions, type IngestSummary } from './ingest-run.js';
import type { IngestRunRecord } from './model.js';
import type { GraphStore } from './store.js';

export interface IngestJobResult {
  summary: IngestSummary;
  run: IngestRunRecord;
}

/** An ingest over files and folders as a job. */
export function ingestPathsJob(store: GraphStore, paths: string[], trigger: IngestRunRecord['trigger'], options: IngestOptions = {}): Promise<IngestJobResult> {
  return runIngestJob(store, trigger, paths, () => ingestPaths(store, paths, options));
}

/** Runs `work` (an ingest over paths or pages) under the store's ingest lock and records it. */
export async function runIngestJob(
  store: GraphStore,
  trigger: IngestRunRecord['trigger'],
  paths: string[],
  work: () => Promise<IngestSummary>,
): Promise<IngestJobResult> {
  const id = `run_${randomUUID()}`;
  const release = await store.lockIngest(`${trigger} run on ${hostname()} pid ${process.pid} (${id})`);
  const startedAt = new Date().toISOString();
  let summary: IngestSummary;
  try {
    summary = await work();
  } finally {
    await release();
  }
  const a = summary.articles;
  const run: IngestRunRecord = {
    id,
    trigger,
    paths,
    startedAt,
    endedAt: new Date().toISOString(),
    counts: { new: a.new, changed: a.changed, unchanged: a.unchanged, removed: a.removed, failed: a.failed },
    errors: summary.failures,
  };
  // A store that went down mid-run cannot keep the record; the summary still reports it all.
  await store.recordRun(run).catch(() => undefined);
  return { summary, run };
}
