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
  const started: IngestRunRecord = {
    id,
    trigger,
    status: 'running',
    paths,
    startedAt: new Date().toISOString(),
    endedAt: null,
    counts: { new: 0, changed: 0, unchanged: 0, removed: 0, failed: 0 },
    errors: [],
  };
  // Recorded before any work, so a run killed mid-way shows as interrupted rather than not at all.
  // A store that is down cannot keep records; the summary still reports it all.
  const keep = (run: IngestRunRecord) => store.recordRun(run).catch(() => undefined);
  let summary: IngestSummary;
  try {
    await keep(started);
    summary = await work();
  } catch (error) {
    await keep({ ...started, status: 'failed', endedAt: new Date().toISOString(), error: error instanceof Error ? error.message : String(error) });
    throw error;
  } finally {
    await release();
  }
  const a = summary.articles;
  const run: IngestRunRecord = {
    ...started,
    status: 'finished',
    endedAt: new Date().toISOString(),
    counts: { new: a.new, changed: a.changed, unchanged: a.unchanged, removed: a.removed, failed: a.failed },
    errors: summary.failures,
  };
  await keep(run);
  return { summary, run };
}
