// meeting: one meeting with who presided, who attended in the order the paper lists them, who
// spoke, where, by whom, what it reviewed, and the articles that report it; each role with evidence.
// $id
// columns: meeting {id, name, kind, date, time, heldBy, heldIn, presidedBy, presided, attendees, speakers, places, organizers, documents, articles}
MATCH (m:Meeting {id: $id})
CALL (m) {
  MATCH (p:Person)-[r:PRESIDED]->(m)
  WITH p, r ORDER BY r.articleId, p.name
  WITH p, collect(r)[0] AS r ORDER BY p.name, p.id
  RETURN collect({person: {id: p.id, name: p.name}, evidence: r.evidence, articleId: r.articleId}) AS presided
}
CALL (m) {
  MATCH (p:Person)-[r:ATTENDED]->(m)
  WITH p, r ORDER BY r.articleId, r.order, p.name, p.id
  WITH p, collect(r)[0] AS r
  ORDER BY r.articleId, r.order, p.name, p.id
  RETURN collect({person: {id: p.id, name: p.name}, evidence: r.evidence, articleId: r.articleId, order: r.order}) AS attendees
}
CALL (m) {
  MATCH (p:Person)-[r:SPOKE_AT]->(m)
  WITH p, r ORDER BY r.articleId, p.name
  WITH p, collect(r)[0] AS r ORDER BY p.name, p.id
  RETURN collect({person: {id: p.id, name: p.name}, evidence: r.evidence, articleId: r.articleId}) AS speakers
}
CALL (m) {
  MATCH (m)-[:HELD_AT]->(x)
  WITH DISTINCT x ORDER BY x.name, x.id
  RETURN collect({id: x.id, name: x.name}) AS places
}
CALL (m) {
  MATCH (m)-[:ORGANIZED_BY]->(x)
  WITH DISTINCT x ORDER BY x.name, x.id
  RETURN collect({id: x.id, name: x.name}) AS organizers
}
CALL (m) {
  MATCH (m)-[r:REVIEWED]->(d:Document)
  WITH d, r ORDER BY r.articleId
  WITH d, collect(r)[0] AS r ORDER BY d.name, d.id
  RETURN collect({id: d.id, title: d.name, evidence: r.evidence}) AS documents
}
CALL (m) {
  MATCH (a:Article)-[:REPORTS]->(m)
  WITH DISTINCT a ORDER BY a.date, a.id
  RETURN collect({id: a.id, title: a.title, date: a.date, source: a.source}) AS articles
}
RETURN {
  id: m.id, name: m.name, kind: m.kind, date: m.date, time: m.time, heldBy: m.heldBy, heldIn: m.heldIn,
  presidedBy: [e IN presided | e.person],
  presided: presided, attendees: attendees, speakers: speakers, places: places,
  organizers: organizers, documents: documents, articles: articles
} AS meeting
