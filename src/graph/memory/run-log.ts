// The embedded store's record of ingest runs: runs.jsonl beside the journal, one JSON line each
// time a run starts and again when it ends, appended and fsynced; the last line of a run is its
// record. A torn last line (a crash mid-append) is skipped when read. A run recorded as running that
// this process is not running was interrupted: the data-directory lock means no other process can be.
import { appendFileSync, existsSync, openSync, fsyncSync, closeSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageOf, type IngestRunRecord, type Page } from '../model.js';

export class RunLog {
  private readonly path: string;
  private readonly running = new Set<string>();
  /** `writerElsewhere`: another live process owns the store, so a run recorded as running may be. */
  constructor(
    dataDir: string,
    private readonly writerElsewhere = false,
  ) {
    this.path = join(dataDir, 'runs.jsonl');
  }

  append(run: IngestRunRecord): void {
    appendFileSync(this.path, `${JSON.stringify(run)}\n`);
    const fd = openSync(this.path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (run.status === 'running') this.running.add(run.id);
    else this.running.delete(run.id);
  }

  list(limit: number, offset: number): Page<IngestRunRecord> {
    const byId = new Map<string, IngestRunRecord>();
    if (existsSync(this.path)) {
      for (const line of readFileSync(this.path, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        try {
          const run = JSON.parse(line) as IngestRunRecord;
          // Lines written before runs had a status are finished runs.
          byId.set(run.id, { ...run, status: run.status ?? 'finished' });
        } catch {
          // a line cut short by a crash: that run was never acknowledged
        }
      }
    }
    const all = [...byId.values()].map((run): IngestRunRecord => (run.status === 'running' && !this.running.has(run.id) && !this.writerElsewhere ? { ...run, status: 'interrupted' } : run));
    all.sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : a.id < b.id ? 1 : -1));
    return pageOf(all, limit, offset);
  }
}
