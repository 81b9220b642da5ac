// shortest-path: the shortest path between two nodes over every relationship but MENTIONS, at most
// 8 hops; of several, the one whose node ids sort first. Each step's relationships come with it.
// $from, $to (different ids)
// columns: found (false when either node is missing), nodes [{id, type, name, depth}], edges [{source, type, target, count}]
OPTIONAL CALL () {
  MATCH (n:Entity {id: $from}) RETURN n AS a
  UNION
  MATCH (n:Article {id: $from}) RETURN n AS a
}
OPTIONAL CALL () {
  MATCH (n:Entity {id: $to}) RETURN n AS b
  UNION
  MATCH (n:Article {id: $to}) RETURN n AS b
}
OPTIONAL MATCH p = allShortestPaths((a)-[:PRESIDED|ATTENDED|SPOKE_AT|HOLDS_POSITION|VISITED|HELD_AT|ORGANIZED_BY|REVIEWED|SIGNED_WITH|LOCATED_IN|REPORTED|REPORTS*..8]-(b))
WITH a, b, p ORDER BY [x IN nodes(p) | x.id]
WITH a, b, collect(p)[0] AS p
WITH a IS NOT NULL AND b IS NOT NULL AS found, CASE WHEN p IS NULL THEN [] ELSE nodes(p) END AS path
CALL (path) {
  UNWIND range(0, size(path) - 2) AS i
  WITH path[i] AS x, path[i + 1] AS y
  MATCH (x)-[r]-(y)
  WHERE type(r) <> 'MENTIONS'
  WITH startNode(r).id AS source, type(r) AS type, endNode(r).id AS target, count(*) AS count
  ORDER BY source, type, target
  RETURN collect({source: source, type: type, target: target, count: count}) AS edges
}
RETURN found, [i IN range(0, size(path) - 1) | {
  id: path[i].id, type: [l IN labels(path[i]) WHERE l <> 'Entity'][0], name: coalesce(path[i].name, path[i].title), depth: i
}] AS nodes, edges
