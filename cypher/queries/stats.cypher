// stats: node counts per label and relationship counts per type, sorted by name.
// columns: nodes [[label, count]], relationships [[type, count]], lastIngest (the newest article's ingestedAt)
CALL () {
  MATCH (n)
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
