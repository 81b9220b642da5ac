// search: entities whose name or an alias contains $q; exact matches first, then names starting
// with $q, then shorter names.
// $q, $label (one entity label, or null for all), $offset, $limit
// columns: total, items [{id, type, name, aliases}]
MATCH (n:Entity)
WHERE ($label IS NULL OR $label IN labels(n))
  AND (n.name CONTAINS $q OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS $q))
WITH n, CASE WHEN n.name = $q OR $q IN coalesce(n.aliases, []) THEN 0 WHEN n.name STARTS WITH $q THEN 1 ELSE 2 END AS rank
ORDER BY rank, size(n.name), n.name, n.id
WITH collect({id: n.id, type: [l IN labels(n) WHERE l <> 'Entity'][0], name: n.name, aliases: coalesce(n.aliases, [])}) AS rows
RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS items
