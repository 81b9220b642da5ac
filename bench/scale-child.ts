// One measured step of the cost curve, in a process of its own so its peak RSS is its own:
//   ingest CORPUS DATA_DIR   ingest a corpus into a fresh embedded store (extraction on every core)
//   reingest CORPUS DATA_DIR the same again into the store that holds it: open it, find every page unchanged
//   load DATA_DIR            open the store (read snapshot and journal, build the graph), then close
// Prints {seconds, maxRssMb, articles}. It runs the built product (dist/, as `newsgraph ingest`
// does), so the extraction workers load plain JavaScript, not the TypeScript loader.
import { fileURLToPath } from 'node:url';

const dist = (path: string) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url));
const { createMemoryStore } = (await import(dist('graph/memory/memory-store.js'))) as typeof import('../src/graph/memory/memory-store.js');
const { ingestPaths } = (await import(dist('graph/ingest-run.js'))) as typeof import('../src/graph/ingest-run.js');

const [step, a, b] = process.argv.slice(2) as [string, string, string | undefined];
const started = performance.now();
const report = (seconds: number, articles: number) =>
  console.log(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, articles }));

if (step === 'ingest' || step === 'reingest') {
  // As `newsgraph ingest` opens it: its index of names waits for a search that never comes.
  const store = await createMemoryStore({ dataDir: b as string, nameIndex: 'at-first-search' });
  const summary = await ingestPaths(store, [a]);
  if (summary.failures.length) throw new Error(`ingest failed: ${JSON.stringify(summary.failures.slice(0, 3))}`);
  await store.close();
  report((performance.now() - started) / 1000, step === 'ingest' ? summary.articles.new : summary.articles.unchanged);
} else {
  const store = await createMemoryStore({ dataDir: a });
  const opened = performance.now();
  const articles = (await store.stats()).articles;
  // Opening is what a restart waits for; closing (no pending writes) is not part of it.
  await store.close();
  report((opened - started) / 1000, articles);
}
