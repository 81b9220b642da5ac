// npm run bench:uncached [-- ARTICLES]: the API's reads with the response cache off, on a store of
// ARTICLES articles (default 100,000): every request is a first asking, what a client that never
// repeats itself gets. The same figure as api_uncached_p99_ms of npm run bench, on its own.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadRoutes, pickPaths, ROUTES, serve } from './api.js';
import { corpusDir } from './lib/corpus-files.js';
import { ROOT } from './lib/measure.js';

const articles = Number(process.argv[2] ?? 100_000);
const seconds = Number(process.env.NEWSGRAPH_BENCH_SECONDS ?? 8);
const corpus = corpusDir(articles);
const dataDir = join(ROOT, 'bench', 'corpora', `store-${articles}`);
if (!existsSync(join(dataDir, 'snapshot.jsonl'))) {
  mkdirSync(dataDir, { recursive: true });
  process.stderr.write(`bench: ingesting ${articles} articles into ${dataDir}\n`);
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'newsgraph.js'), 'ingest', corpus], { env: { ...process.env, NEO4J_URI: '', NEWSGRAPH_DATA_DIR: dataDir }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`ingest exited with ${run.status}`);
}
const server = await serve(['memory', dataDir], { NEWSGRAPH_RESPONSE_CACHE: 'off' });
try {
  const paths = await pickPaths(server.url);
  const loads = await loadRoutes(server.url, paths, seconds);
  const p99 = Math.max(...ROUTES.map((r) => loads[r].p99_ms));
  console.log(JSON.stringify({ articles, api_uncached_p99_ms: p99, ...loads }, null, 2));
} finally {
  await server.stop();
}
