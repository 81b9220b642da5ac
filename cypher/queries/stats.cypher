// stats: node counts per label and relationship counts per type, sorted by name; the store's own
// bookkeeping (ingest runs, the ingest lock, the named sources, the store's format) is not part of the graph.
// columns: nodes [[label, count]], relationships [[type, count]], lastIngest (the newest article's ingestedAt)
CALL () {
  MATCH (n)
  WHERE NOT n:IngestRun AND NOT n:IngestLock AND NOT n:SourceRoot AND NOT n:StoreFormat
  WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS label, count(*) AS c
  ORDER BY label
  RETURN collect([label, c]) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  WITH type(r) AS type, count(*) AS c
  ORDER BY type
  RETURN collect([type, c]) AS relationships
}
CALL () {
  MATCH (a:Article)
  RETURN max(a.ingestedAt) AS lastIngest
}
RETURN nodes, relationships, lastIngest
