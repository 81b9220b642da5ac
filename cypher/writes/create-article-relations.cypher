// create-article-relations: relationships with the Article itself: (Person)-[:REPORTED]->(Article)
// from the byline and (Article)-[:REPORTS]->(Meeting).
// $reported: [{articleId, person, props}]; $reports: [{articleId, meeting, props}]
CALL () {
  UNWIND $reported AS row
  MATCH (a:Article {id: row.articleId})
  MATCH (p:Entity {id: row.person})
  CREATE (p)-[r:REPORTED]->(a)
  SET r = row.props, r.articleId = row.articleId
}
CALL () {
  UNWIND $reports AS row
  MATCH (a:Article {id: row.articleId})
  MATCH (m:Entity {id: row.meeting})
  CREATE (a)-[r:REPORTS]->(m)
  SET r = row.props, r.articleId = row.articleId
}
