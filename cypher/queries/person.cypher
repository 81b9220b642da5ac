// person: one person with every post the text gives them (title as written, role, former, the body
// or place, the evidence), how many meetings they presided over / attended / spoke at, and the
// articles that mention them.
// $id
// columns: person {id, name, aliases, posts, meetingCounts, articles}
MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[r:HOLDS_POSITION]->(o)
  WITH r, o ORDER BY r.articleId, r.title, o.id
  RETURN collect({
    title: r.title, role: r.role, former: coalesce(r.former, false),
    organization: {id: o.id, name: o.name, type: CASE WHEN o:Place THEN 'Place' ELSE 'Organization' END},
    evidence: r.evidence, articleId: r.articleId
  }) AS posts
}
CALL (p) {
  OPTIONAL MATCH (p)-[:PRESIDED]->(m1:Meeting)
  WITH count(DISTINCT m1) AS presided
  OPTIONAL MATCH (p)-[:ATTENDED]->(m2:Meeting)
  WITH presided, count(DISTINCT m2) AS attended
  OPTIONAL MATCH (p)-[:SPOKE_AT]->(m3:Meeting)
  WITH presided, attended, count(DISTINCT m3) AS spoke
  RETURN {presided: presided, attended: attended, spoke: spoke} AS meetingCounts
}
CALL (p) {
  MATCH (a:Article)-[:MENTIONS]->(p)
  WITH a ORDER BY a.date, a.id
  RETURN collect({id: a.id, title: a.title, date: a.date, source: a.source}) AS articles
}
RETURN {id: p.id, name: p.name, aliases: coalesce(p.aliases, []), posts: posts, meetingCounts: meetingCounts, articles: articles} AS person
