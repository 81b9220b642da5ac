// The embedded store's record of ingest runs: one JSON line per run in runs.jsonl beside the
// journal, appended and fsynced; a torn last line (a crash mid-append) is skipped when read.
import { appendFileSync, existsSync, openSync, fsyncSync, closeSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestRunRecord, Page } from '../model.js';

export class RunLog {
  private readonly path: string;
  constructor(dataDir: string) {
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
  }

  list(limit: number, offset: number): Page<IngestRunRecord> {
    const all: IngestRunRecord[] = [];
    if (existsSync(this.path)) {
      for (const line of readFileSync(this.path, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        try {
          all.push(JSON.parse(line) as IngestRunRecord);
        } catch {
          // a line cut short by a crash: that run was never acknowledged
        }
      }
    }
    all.sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : a.id < b.id ? 1 : -1));
    return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
  }
}
