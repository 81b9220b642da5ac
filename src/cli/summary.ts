// The summary printed at the end of an ingest run.
import type { IngestSummary } from '../graph/ingest-run.js';

export function formatSummary(s: IngestSummary): string {
  const a = s.articles;
  const lines = [
    `files: ${s.files}   articles: ${a.new} new, ${a.changed} changed, ${a.unchanged} unchanged, ${a.failed} failed`,
    `store now holds ${s.entities} entities and ${s.relations} relationships (${(s.durationMs / 1000).toFixed(2)} s)`,
  ];
  for (const f of s.failures) lines.push(`error: ${f.article ? `${f.path} "${f.article}": ` : ''}${f.message} [${f.code}]`);
  return lines.join('\n');
}
