// co-attendees: the people who presided over, attended or spoke at the same meetings as a person,
// most shared meetings first, each with those meetings by date.
// $id, $offset, $limit
// columns: found (false when there is no such person), total, items [{person, count, meetings}]
OPTIONAL MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[:PRESIDED|ATTENDED|SPOKE_AT]->(m:Meeting)<-[:PRESIDED|ATTENDED|SPOKE_AT]-(o:Person)
  WHERE o <> p
  WITH DISTINCT o, m
  ORDER BY m.date, m.name, m.id
  WITH o, collect({id: m.id, name: m.name, date: m.date}) AS meetings
  ORDER BY size(meetings) DESC, o.name, o.id
  RETURN collect({person: {id: o.id, name: o.name}, count: size(meetings), meetings: meetings}) AS rows
}
RETURN p IS NOT NULL AS found, size(rows) AS total, rows[$offset..($offset + $limit)] AS items
