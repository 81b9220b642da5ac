// The summary printed at the end of an ingest run.
import type { IngestSummary } from '../graph/ingest-run.js';
import type { IngestRunRecord } from '../graph/model.js';

export function formatSummary(s: IngestSummary): string {
  const a = s.articles;
  const lines = [
    `files: ${s.files}${s.unchangedFiles ? ` (${s.unchangedFiles} unchanged, not read again)` : ''}   articles: ${a.new} new, ${a.changed} changed, ${a.unchanged} unchanged, ${a.removed ? `${a.removed} removed, ` : ''}${a.failed} failed`,
    s.entities === null
      ? `the store could not be reached at the end of the run (${(s.durationMs / 1000).toFixed(2)} s)`
      : `store now holds ${s.entities} entities and ${s.relations} relationships (${(s.durationMs / 1000).toFixed(2)} s)`,
  ];
  if (s.rekeyed) lines.push(`re-keyed: ${s.rekeyed} articles stored under an earlier version's source keys now stand under their pages' current keys`);
  const skipped = Object.entries(s.skipped).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (skipped.length) lines.push(`skipped, not pages: ${skipped.map(([ext, n]) => `${n} ${ext || 'without extension'}`).join(', ')} (pages are .txt, .text, .html and .htm files)`);
  for (const f of s.failures) lines.push(`error: ${f.article ? `${f.path} "${f.article}": ` : ''}${f.message} [${f.code}]`);
  return lines.join('\n');
}

/** One line per run for the log of a long-running serve or watch, then its errors. */
export function formatRun(run: IngestRunRecord): string {
  const c = run.counts;
  const seconds = ((Date.parse(run.endedAt ?? run.startedAt) - Date.parse(run.startedAt)) / 1000).toFixed(2);
  const head = `[${run.endedAt ?? run.startedAt}] ${run.trigger} run ${run.id}: ${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged, ${c.removed} removed, ${c.failed} failed, ${run.errors.length} errors (${seconds} s)`;
  return [head, ...run.errors.map((e) => `  error: ${e.article ? `${e.path} "${e.article}": ` : ''}${e.message} [${e.code}]`)].join('\n');
}
