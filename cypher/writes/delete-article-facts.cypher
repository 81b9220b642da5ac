// delete-article-facts: removes every relationship the articles contributed, the first step of
// replacing them. Every such relationship carries articleId and touches its article or an entity
// the article mentions.
// $articleIds: the articles' ids
// returns: one row per article, entityIds, the entities it mentioned (their properties are refreshed after)
UNWIND $articleIds AS articleId
OPTIONAL MATCH (a:Article {id: articleId})
OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
WITH articleId, a, collect(e) AS old
CALL (a, old, articleId) {
  UNWIND [x IN old + [a] WHERE x IS NOT NULL] AS n
  MATCH (n)-[r]-()
  WHERE r.articleId = articleId
  WITH DISTINCT r
  DELETE r
}
RETURN [e IN old | e.id] AS entityIds
