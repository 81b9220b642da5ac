// article: one article with its text, its reporters, the entities it mentions and the meetings it reports.
// $id
// columns: article {id, title, subtitle, byline, date, source, text, extractorVersion, ingestedAt, reporters, entities, meetings}
MATCH (a:Article {id: $id})
CALL (a) {
  MATCH (p:Person)-[r:REPORTED]->(a)
  WITH p, r ORDER BY p.name, p.id, r.role
  RETURN collect({person: {id: p.id, name: p.name}, role: r.role}) AS reporters
}
CALL (a) {
  MATCH (a)-[:MENTIONS]->(n)
  WITH DISTINCT n, [l IN labels(n) WHERE l <> 'Entity'][0] AS type
  ORDER BY type, n.name, n.id
  RETURN collect({id: n.id, type: type, name: n.name, aliases: coalesce(n.aliases, [])}) AS entities
}
CALL (a) {
  MATCH (a)-[:REPORTS]->(m:Meeting)
  WITH DISTINCT m ORDER BY m.date, m.name, m.id
  RETURN collect({id: m.id, name: m.name, date: m.date}) AS meetings
}
RETURN {
  id: a.id, title: a.title, subtitle: a.subtitle, byline: coalesce(a.byline, []), date: a.date, source: a.source,
  text: a.text, extractorVersion: a.extractorVersion, ingestedAt: a.ingestedAt,
  reporters: reporters, entities: entities, meetings: meetings
} AS article
