// create-article-relations: relationships with the Article itself: (Person)-[:REPORTED]->(Article)
// from the byline and (Article)-[:REPORTS]->(Meeting).
// $articleId; $reported: [{person, props}]; $reports: [{meeting, props}]
MATCH (a:Article {id: $articleId})
CALL (a) {
  UNWIND $reported AS row
  MATCH (p:Entity {id: row.person})
  CREATE (p)-[r:REPORTED]->(a)
  SET r = row.props, r.articleId = $articleId
}
CALL (a) {
  UNWIND $reports AS row
  MATCH (m:Entity {id: row.meeting})
  CREATE (a)-[r:REPORTS]->(m)
  SET r = row.props, r.articleId = $articleId
}
