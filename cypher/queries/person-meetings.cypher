// person-meetings: the meetings a person presided over, attended or spoke at, by date then name
// (days of unknown year, --01-05, after every dated one: they cannot be put among them),
// one row per meeting and role, with the evidence sentence of the earliest article that says so.
// $id, $types (['PRESIDED', 'ATTENDED', 'SPOKE_AT'] or a subset), $offset, $limit
// columns: found (false when there is no such person), name, total, items
OPTIONAL MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[r:PRESIDED|ATTENDED|SPOKE_AT]->(m:Meeting)
  WHERE type(r) IN $types
  WITH m, type(r) AS type, r ORDER BY r.articleId
  WITH m, type, collect(r)[0] AS r
  WITH m, r, CASE type WHEN 'PRESIDED' THEN 'presided' WHEN 'ATTENDED' THEN 'attended' ELSE 'spoke' END AS role
  ORDER BY coalesce(m.date STARTS WITH '--', true), m.date, m.name, m.id, role
  RETURN collect({m: m, r: r, role: role}) AS rows
}
CALL (rows) {
  UNWIND rows[$offset..($offset + $limit)] AS row
  WITH row.m AS m, row.r AS r, row.role AS role
  CALL (m) {
    MATCH (x:Person)-[:PRESIDED]->(m)
    WITH DISTINCT x ORDER BY x.name, x.id
    RETURN collect({id: x.id, name: x.name}) AS presidedBy
  }
  RETURN collect({
    id: m.id, name: m.name, kind: m.kind, date: m.date, time: m.time, heldBy: m.heldBy, heldIn: m.heldIn, presidedBy: presidedBy,
    role: role, evidence: r.evidence, articleId: r.articleId, order: r.order
  }) AS items
}
RETURN p IS NOT NULL AS found, p.name AS name, size(rows) AS total, items
