// search: entities whose name or an alias contains $q; exact matches first, then names starting
// with $q, then shorter names. Both halves are served by TEXT indexes (entity_name_text,
// entity_alias_text), never a scan of every entity.
// $q, $label (one entity label, or null for all), $offset, $limit
// columns: total, items [{id, type, name, aliases}]
CALL () {
  MATCH (n:Entity) WHERE n.name CONTAINS $q
  RETURN n
  UNION
  MATCH (n:Entity) WHERE n.aliasText CONTAINS $q
  RETURN n
}
WITH n
WHERE ($label IS NULL OR $label IN labels(n))
  AND (n.name CONTAINS $q OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS $q))
WITH n, CASE WHEN n.name = $q OR $q IN coalesce(n.aliases, []) THEN 0 WHEN n.name STARTS WITH $q THEN 1 ELSE 2 END AS rank
ORDER BY rank, size(n.name), n.name, n.id
WITH collect({id: n.id, type: [l IN labels(n) WHERE l <> 'Entity'][0], name: n.name, aliases: coalesce(n.aliases, [])}) AS rows
RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS items
