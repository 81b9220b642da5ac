// The table npm run bench prints: each figure beside the reference measured in the same run.
/* eslint-disable @typescript-eslint/no-explicit-any -- results.json is read back as plain data */

const pad = (cells: string[], widths: number[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ');

function table(rows: string[][]): string {
  const widths = (rows[0] as string[]).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r, i) => (i === 1 ? `${widths.map((w) => '-'.repeat(w)).join('  ')}\n` : '') + pad(r, widths)).join('\n');
}

export function formatTable(r: any): string {
  const rows: string[][] = [['figure', 'newsgraph', 'reference', 'ratio']];
  const x = r.extraction;
  rows.push(['1. extraction, 1 thread', `${x.extraction_mb_s} MB/s, ${x.extraction_articles_s} articles/s`, `nodejieba.tag ${x.jieba_tag_mb_s} MB/s`, `${r.extraction_vs_jieba}`]);
  const e = r.embedded_ingest;
  rows.push([`2. embedded ingest, ${e.articles} articles`, `${e.articles_s} articles/s, ${e.mb_s} MB/s`, `${e.workers} workers`, '']);
  if (r.neo4j_batched_vs_naive !== null) {
    rows.push([`3. Neo4j ingest, ${r.neo4j.articles} articles`, `batched ${r.neo4j.batched_articles_s} articles/s`, `naive ${r.neo4j.naive_articles_s} articles/s`, `${r.neo4j_batched_vs_naive}`]);
  } else rows.push(['3. Neo4j ingest', 'null', r.neo4j.note, '']);
  for (const [store, ceiling, label] of [
    ['embedded', 'ceiling', `embedded, ${r.api.embedded_articles}`],
    ['embedded_uncached', 'ceiling', `embedded, ${r.api.embedded_articles}, cache off`],
    ['embedded_small', 'ceiling_small', `embedded, ${r.api.small_articles}`],
    ['neo4j_small', 'ceiling_small', `Neo4j, ${r.api.small_articles}`],
  ]) {
    if (!r.api[store as string]) continue;
    for (const route of Object.keys(r.api[store as string])) {
      const a = r.api[store as string][route];
      const c = r.api[ceiling as string][route];
      rows.push([`4. API ${route} (${label})`, `${a.requests_s} req/s, p50 ${a.p50_ms} ms, p99 ${a.p99_ms} ms`, `http ${c.requests_s} req/s, p99 ${c.p99_ms} ms`, (a.requests_s / c.requests_s).toFixed(2)]);
    }
  }
  if (r.health_during_ingest) {
    const hd = r.health_during_ingest;
    rows.push([`6. /api/health during a POST of ${hd.pages} pages`, `slowest ${hd.health_max_ms} ms, p99 ${hd.health_p99_ms} ms of ${hd.asked}`, `the POST took ${hd.post_s} s`, '']);
  }
  for (const s of r.scale) {
    rows.push([`5. ${s.articles} articles (${s.corpus_mb} MB)`, `ingest ${s.ingest_s} s, peak RSS ${s.ingest_peak_rss_mb} MB, again unchanged ${s.reingest_s} s`, `restart ${s.load_s} s, peak RSS ${s.load_peak_rss_mb} MB`, '']);
  }
  return `${table(rows)}\n\ncost per article at ${r.scale.at(-1).articles} vs 10k: ${r.scale_cost_per_article_ratio} (1 = linear)`;
}
