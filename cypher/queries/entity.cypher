// entity: any entity with its own properties, every relationship it has but MENTIONS and REPORTS
// (which way it points, the node at the other end, the evidence), and the articles mentioning it.
// $id
// columns: entity {id, type, name, aliases, properties, links, articles}; links[].properties also
// hold evidence and articleId, which the store moves out
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-(o)
  WHERE NOT type(r) IN ['MENTIONS', 'REPORTS']
  WITH r, o, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction
  ORDER BY type(r), direction, coalesce(o.name, o.title), o.id, r.articleId, coalesce(r.title, ''), r.evidence
  RETURN collect({
    type: type(r), direction: direction,
    other: {id: o.id, type: [l IN labels(o) WHERE l <> 'Entity'][0], name: coalesce(o.name, o.title)},
    evidence: r.evidence, articleId: r.articleId, properties: properties(r)
  }) AS links
}
CALL (n) {
  MATCH (a:Article)-[:MENTIONS]->(n)
  WITH DISTINCT a ORDER BY a.date, a.id
  RETURN collect({id: a.id, title: a.title, date: a.date, source: a.source}) AS articles
}
RETURN {
  id: n.id, type: [l IN labels(n) WHERE l <> 'Entity'][0], name: n.name, aliases: coalesce(n.aliases, []),
  properties: properties(n), links: links, articles: articles
} AS entity
