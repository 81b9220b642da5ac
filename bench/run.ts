// npm run bench [-- --quick]: every figure of the performance issue in one run, each next to the
// reference it is measured against in the same run, into bench/results.json and a table.
//   --quick (or NEWSGRAPH_BENCH_QUICK=1): corpora of 1k and 10k articles only, shorter loads.
import { rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { bodiesOf, healthDuringIngest, loadRoutes, pickPaths, ROUTES, serve, type LoadFigures, type Route } from './api.js';
import { measureExtraction } from './extraction.js';
import { corpusDir } from './lib/corpus-files.js';
import { ROOT, round } from './lib/measure.js';
import { findNeo4j, type BenchNeo4j } from './lib/neo4j-server.js';
import { measureNeo4jWriters, sheetsOf, type Neo4jFigures } from './neo4j-writers.js';
import { formatTable } from './report.js';
import { measureScale, type ScalePoint } from './scale.js';

export interface BenchOptions {
  sizes: number[];
  /** Articles of the 1k corpus written by each Neo4j writer. */
  neo4jArticles: number;
  loadSeconds: number;
  extractionRounds: number;
  /** The Neo4j to write to (its data is wiped), or 'find' to use or start one (lib/neo4j-server.ts). */
  neo4j: BenchNeo4j | null | 'find';
  out: string | null;
}

const log = (text: string) => process.stderr.write(`bench: ${text}\n`);

export async function runBench(options: BenchOptions): Promise<Record<string, unknown>> {
  const [small, api] = [options.sizes[0] as number, options.sizes[1] ?? (options.sizes[0] as number)];
  const corpora = new Map(options.sizes.map((n) => (log(`corpus of ${n} articles`), [n, corpusDir(n)])));

  log('extraction vs nodejieba.tag');
  const extraction = await measureExtraction(corpora.get(small) as string, options.extractionRounds);

  const scale: ScalePoint[] = [];
  for (const n of options.sizes) {
    log(`ingest and reload ${n} articles`);
    scale.push(await measureScale(corpora.get(n) as string, n));
  }
  const at = (n: number) => scale.find((s) => s.articles === n) as ScalePoint;

  const found = options.neo4j === 'find' ? findNeo4j() : { server: options.neo4j, note: options.neo4j ? `Neo4j at ${options.neo4j.uri}` : 'Neo4j not measured in this run' };
  log(found.note);
  let neo4jFigures: Neo4jFigures | null = null;
  const loads: Record<string, Record<Route, LoadFigures>> = {};
  let healthFigures: Awaited<ReturnType<typeof healthDuringIngest>> | null = null;
  try {
    if (found.server) {
      log(`Neo4j: batched vs naive writer on ${options.neo4jArticles} articles`);
      neo4jFigures = await measureNeo4jWriters(found.server, sheetsOf(corpora.get(small) as string, options.neo4jArticles));
    }

    log(`API under load: embedded store of ${api} articles vs the bare http ceiling`);
    const embedded = await serve(['memory', at(api).data_dir]);
    const paths = await pickPaths(embedded.url);
    const ceiling = await serve(['ceiling', await bodiesOf(embedded.url, paths)]);
    loads.ceiling = await loadRoutes(ceiling.url, paths, options.loadSeconds);
    loads.embedded = await loadRoutes(embedded.url, paths, options.loadSeconds);
    await embedded.stop();
    // The same questions with the response cache off: what each first asking of a question costs.
    const uncached = await serve(['memory', at(api).data_dir], { NEWSGRAPH_RESPONSE_CACHE: 'off' });
    loads.embedded_uncached = await loadRoutes(uncached.url, paths, options.loadSeconds);
    await uncached.stop();
    await ceiling.stop();

    log('health while a POST of 95 pages is ingested');
    healthFigures = await healthDuringIngest(corpora.get(small) as string);

    if (found.server && neo4jFigures) {
      log(`API under load: both stores on the same ${neo4jFigures.articles} articles, and their ceiling`);
      const small1 = await serve(['memory', at(small).data_dir]);
      const neo = await serve(['neo4j', found.server.uri]);
      const smallPaths = await pickPaths(neo.url);
      const smallCeiling = await serve(['ceiling', await bodiesOf(neo.url, smallPaths)]);
      loads.ceiling_small = await loadRoutes(smallCeiling.url, smallPaths, options.loadSeconds);
      loads.neo4j_small = await loadRoutes(neo.url, smallPaths, options.loadSeconds);
      // Asked of its own meetings: the two stores are filled apart (Neo4j from FactSheets, this one by
      // ingesting the files), and a meeting known only by its page is keyed by the page's name,
      // which the two give differently; its people and searches are the same.
      loads.embedded_small = await loadRoutes(small1.url, await pickPaths(small1.url), options.loadSeconds);
      await Promise.all([small1.stop(), neo.stop(), smallCeiling.stop()]);
    }
  } finally {
    found.server?.stop();
    for (const point of scale) rmSync(point.data_dir, { recursive: true, force: true });
  }

  const ratio = (store: string, ceiling: string, route: Route) => (loads[store]?.[route]?.requests_s ?? 0) / (loads[ceiling]?.[route]?.requests_s ?? 1);
  const largest = scale.at(-1) as ScalePoint;
  const tenK = scale.find((s) => s.articles === 10_000) ?? (scale[0] as ScalePoint);
  const results = {
    machine: { cpus: availableParallelism(), cpu: cpus()[0]?.model ?? '', memory_gb: round(totalmem() / 1e9, 1), node: process.version },
    extraction_vs_jieba: extraction.extraction_vs_jieba,
    neo4j_batched_vs_naive: neo4jFigures?.neo4j_batched_vs_naive ?? null,
    // The lowest route's ratio and the highest route's p99: the figures hold for every question.
    api_vs_http_ceiling: round(Math.min(...ROUTES.map((r) => ratio('embedded', 'ceiling', r))), 3),
    api_p99_ms: Math.max(...ROUTES.map((r) => loads.embedded?.[r]?.p99_ms ?? 0)),
    // The same with the response cache off: what a client that never asks the same thing twice gets.
    api_uncached_p99_ms: Math.max(...ROUTES.map((r) => loads.embedded_uncached?.[r]?.p99_ms ?? 0)),
    health_during_ingest_ms: healthFigures?.health_max_ms ?? null,
    health_during_ingest: healthFigures,
    rss_100k_mb: scale.find((s) => s.articles === 100_000)?.ingest_peak_rss_mb ?? null,
    load_100k_s: scale.find((s) => s.articles === 100_000)?.load_s ?? null,
    reingest_unchanged_100k_s: scale.find((s) => s.articles === 100_000)?.reingest_s ?? null,
    // Cost per article at the largest size over the cost per article at 10k: 1 is linear.
    scale_cost_per_article_ratio: round(largest.ingest_s / largest.articles / (tenK.ingest_s / tenK.articles), 2),
    scale: scale.map(({ data_dir: _dir, ...point }) => point),
    extraction,
    embedded_ingest: { articles: tenK.articles, articles_s: tenK.ingest_articles_s, mb_s: tenK.ingest_mb_s, workers: availableParallelism() },
    neo4j: neo4jFigures ?? { note: found.note },
    api: { connections: 50, seconds: options.loadSeconds, embedded_articles: api, small_articles: neo4jFigures?.articles ?? null, ...loads },
  };
  if (options.out) writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  return results;
}

if (process.argv[1]?.endsWith('run.ts')) {
  const quick = process.argv.includes('--quick') || process.env.NEWSGRAPH_BENCH_QUICK === '1';
  const results = await runBench({
    sizes: quick ? [1000, 10_000] : [1000, 10_000, 100_000],
    neo4jArticles: quick ? 200 : 1000,
    loadSeconds: quick ? 3 : 8,
    extractionRounds: quick ? 2 : 10,
    neo4j: 'find',
    out: join(ROOT, 'bench', 'results.json'),
  });
  console.log(formatTable(results));
}
