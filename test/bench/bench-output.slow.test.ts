// The benchmark's code paths on a tiny corpus: every figure of bench/results.json is a number
// (Neo4j's are null when no Neo4j is given) and the table prints. Speeds are not asserted here.
import { describe, expect, it } from 'vitest';
import { runBench } from '../../bench/run.js';
import { formatTable } from '../../bench/report.js';

describe('npm run bench, on a tiny corpus', () => {
  it('reports every figure as a number', async () => {
    const results = await runBench({ sizes: [24, 48], neo4jArticles: 10, loadSeconds: 1, extractionRounds: 1, neo4j: null, out: null });
    for (const key of ['extraction_vs_jieba', 'api_vs_http_ceiling', 'api_p99_ms', 'api_uncached_p99_ms', 'health_during_ingest_ms', 'scale_cost_per_article_ratio']) expect(typeof results[key], key).toBe('number');
    expect(results.neo4j_batched_vs_naive).toBeNull();
    expect(results.rss_100k_mb).toBeNull();
    // The 100k figures are null below 100k articles, but there: the re-ingest of an unchanged archive among them.
    for (const key of ['load_100k_s', 'reingest_unchanged_100k_s']) expect(results, key).toHaveProperty(key, null);
    const scale = results.scale as Array<Record<string, number>>;
    expect(scale.map((s) => s.articles)).toEqual([24, 48]);
    for (const point of scale) for (const key of ['ingest_s', 'ingest_peak_rss_mb', 'reingest_s', 'load_s', 'load_peak_rss_mb']) expect(typeof point[key], key).toBe('number');
    expect(formatTable(results)).toContain('nodejieba.tag');
  }, 240_000);
});
