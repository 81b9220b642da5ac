// entities: the entities of one label, by name, or by how many articles mention them (most first).
// $label ('Person', 'Organization', 'Place', 'Meeting' or 'Document'), $sort ('name' or 'articles'), $offset, $limit
// columns: total, items [{id, type, name, aliases, articles}]
MATCH (n:Entity)
WHERE $label IN labels(n)
CALL (n) {
  OPTIONAL MATCH (a:Article)-[:MENTIONS]->(n)
  RETURN count(DISTINCT a) AS articles
}
WITH n, articles
ORDER BY CASE WHEN $sort = 'articles' THEN -articles ELSE 0 END, n.name, n.id
WITH collect({id: n.id, type: $label, name: n.name, aliases: coalesce(n.aliases, []), articles: articles}) AS rows
RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS items
