// meetings: meetings by date then name, optionally those a person took part in (in given roles)
// and within a date range; a date range leaves out meetings whose year is not known. With $latest,
// newest first, and meetings whose year is not known (--05-28) or with no date after every dated one.
// $personId (or null), $types (['PRESIDED', …] or null), $from, $to (YYYY-MM-DD or null), $offset, $limit
// columns: total, items [{id, name, kind, date, time, heldBy, heldIn, presidedBy [{id, name}]}]
CALL () {
  MATCH (m:Meeting) WHERE $personId IS NULL RETURN m
  UNION
  MATCH (:Person {id: $personId})-[r:PRESIDED|ATTENDED|SPOKE_AT]->(m:Meeting)
  WHERE $types IS NULL OR type(r) IN $types
  RETURN m
}
WITH DISTINCT m
WHERE ($from IS NULL AND $to IS NULL)
   OR (m.date IS NOT NULL AND NOT m.date STARTS WITH '-' AND ($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to))
WITH m, m.date IS NOT NULL AND NOT m.date STARTS WITH '-' AS dated
ORDER BY CASE WHEN $latest THEN NOT dated ELSE false END, CASE WHEN $latest AND dated THEN m.date END DESC, m.date, m.name, m.id
WITH m
WITH collect(m) AS rows
CALL (rows) {
  UNWIND rows[$offset..($offset + $limit)] AS m
  CALL (m) {
    MATCH (p:Person)-[:PRESIDED]->(m)
    WITH DISTINCT p ORDER BY p.name, p.id
    RETURN collect({id: p.id, name: p.name}) AS presidedBy
  }
  RETURN collect({id: m.id, name: m.name, kind: m.kind, date: m.date, time: m.time, heldBy: m.heldBy, heldIn: m.heldIn, presidedBy: presidedBy}) AS items
}
RETURN size(rows) AS total, items
