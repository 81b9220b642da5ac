// Parallel extraction changes nothing but speed: ingesting with one worker and with two gives the
// same summary, the same graph and byte-identical snapshots, since results are written in order.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate-corpus.js';
import { createMemoryStore } from '../../src/graph/memory/memory-store.js';
import { ingestPaths } from '../../src/graph/ingest-run.js';
import { SEEDS } from './store-conformance.js';

const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `newsgraph-${name}-`));

async function ingestWith(workers: number, paths: string[]) {
  const dataDir = tempDir(`workers-${workers}`);
  const store = await createMemoryStore({ dataDir });
  const summary = await ingestPaths(store, paths, { workers, batchSize: 7 });
  // The time each article was written is the one thing two runs must not share.
  const { lastIngest: _at, ...stats } = await store.stats();
  const meetings = await store.meetings({ limit: 200, offset: 0 });
  await store.close();
  // Each run stamps its own ingestedAt, and the snapshot's closing checksum with it.
  return { summary: { ...summary, durationMs: 0 }, stats, meetings, snapshot: readFileSync(join(dataDir, 'snapshot.jsonl'), 'utf8').replace(/"ingestedAt":"[^"]*"/g, '').replace(/\{"checksum":"[0-9a-f]+"\}/, '') };
}

describe('ingest with a pool of extraction workers', () => {
  it('gives the same summary, graph and snapshot with 1 worker and with 2', async () => {
    const corpus = tempDir('corpus');
    writeCorpus(30, corpus, 11);
    const paths = [SEEDS, corpus, join(SEEDS, 'missing.txt')];
    const one = await ingestWith(1, paths);
    const two = await ingestWith(2, paths);
    expect(one.summary.articles).toEqual({ new: 50, changed: 0, unchanged: 0, removed: 0, failed: 0 });
    expect(one.summary.failures).toHaveLength(1);
    expect(two.summary).toEqual(one.summary);
    expect(two.stats).toEqual(one.stats);
    expect(two.meetings).toEqual(one.meetings);
    expect(two.snapshot).toBe(one.snapshot);
  }, 120_000);
});
