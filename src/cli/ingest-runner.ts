// Runs ingest jobs one at a time in this process: a scheduled tick that comes while a run is going
// is skipped (and logged), file changes seen meanwhile are gathered into one run after it. The
// store's ingest lock keeps other processes out as well.
import { ingestPathsJob, type IngestJobResult } from '../graph/ingest-job.js';
import type { IngestOptions } from '../graph/ingest-run.js';
import type { IngestRunRecord } from '../graph/model.js';
import type { GraphStore } from '../graph/store.js';
import { formatRun } from './summary.js';

export interface IngestRunner {
  /** Runs now, or after the current run when `queue` is set; null when skipped. */
  run(trigger: IngestRunRecord['trigger'], paths: string[], options: { prune: boolean; queue: boolean }): Promise<IngestJobResult | null>;
  /** Resolves when no run is going. */
  idle(): Promise<void>;
}

/** `options` are those of every run (extraction settings, workers, --source, --allow-empty). */
export function createIngestRunner(store: GraphStore, options: IngestOptions, log: (line: string) => void): IngestRunner {
  let current: Promise<unknown> = Promise.resolve();
  let busy = false;
  let queued: { paths: Set<string>; prune: boolean; trigger: IngestRunRecord['trigger']; done: Promise<IngestJobResult | null> } | null = null;

  const start = async (trigger: IngestRunRecord['trigger'], paths: string[], prune: boolean): Promise<IngestJobResult | null> => {
    busy = true;
    try {
      const result = await ingestPathsJob(store, paths, trigger, { ...options, prune });
      log(formatRun(result.run));
      return result;
    } catch (error) {
      log(`${trigger} run failed: ${(error as Error).message}`);
      return null;
    } finally {
      busy = false;
    }
  };

  return {
    run(trigger, paths, { prune, queue }) {
      if (!busy) {
        const p = start(trigger, paths, prune);
        current = p;
        return p;
      }
      if (!queue) {
        log(`${trigger} run skipped: the previous run is still going`);
        return Promise.resolve(null);
      }
      if (queued) {
        paths.forEach((p) => queued!.paths.add(p));
        queued.prune ||= prune;
        return queued.done;
      }
      const q = { paths: new Set(paths), prune, trigger, done: null as unknown as Promise<IngestJobResult | null> };
      q.done = current.then(() => {
        queued = null;
        const p = start(q.trigger, [...q.paths], q.prune);
        current = p;
        return p;
      });
      queued = q;
      return q.done;
    },
    async idle() {
      while (busy || queued) await (queued?.done ?? current);
    },
  };
}
