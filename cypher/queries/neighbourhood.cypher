// neighbourhood: the nodes within $depth (1 or 2) hops of a node, MENTIONS aside (it would put all
// of an article one hop apart): the node, then ring 1 by id, then ring 2 by id, cut at $limit; and
// the relationships among them, one per (source, type, target) with how many articles state it.
// $id, $depth, $limit
// columns: nodes [{id, type, name, depth}], edges [{source, type, target, count}], truncated
CALL () {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION
  MATCH (n:Article {id: $id}) RETURN n
}
WITH n AS c
CALL (c) {
  MATCH (c)-[r]-(x)
  WHERE type(r) <> 'MENTIONS' AND x <> c
  WITH DISTINCT x ORDER BY x.id
  RETURN collect(x) AS ring1
}
CALL (c, ring1) {
  WITH c, ring1 WHERE $depth >= 2
  UNWIND ring1[0..$limit] AS y
  MATCH (y)-[r]-(x)
  WHERE type(r) <> 'MENTIONS' AND x <> c AND NOT x IN ring1
  WITH DISTINCT x ORDER BY x.id LIMIT $limit + 1
  RETURN collect(x) AS ring2
}
WITH [c] + ring1 + ring2 AS around, size(ring1) AS size1
WITH around[0..$limit] AS kept, size(around) > $limit AS truncated, size1
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b)
  WHERE type(r) <> 'MENTIONS' AND b IN kept
  WITH a.id AS source, type(r) AS type, b.id AS target, count(*) AS count
  ORDER BY source, type, target
  RETURN collect({source: source, type: type, target: target, count: count}) AS edges
}
RETURN [i IN range(0, size(kept) - 1) | {
  id: kept[i].id, type: [l IN labels(kept[i]) WHERE l <> 'Entity'][0], name: coalesce(kept[i].name, kept[i].title),
  date: CASE WHEN kept[i]:Meeting THEN kept[i].date END,
  depth: CASE WHEN i = 0 THEN 0 WHEN i <= size1 THEN 1 ELSE 2 END
}] AS nodes, edges, truncated
