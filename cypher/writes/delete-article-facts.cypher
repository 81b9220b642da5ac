// delete-article-facts: removes every relationship an article contributed, the first step of
// replacing it. Every such relationship carries articleId and touches the article or an entity
// the article mentions.
// $articleId: the article's id
// returns: entityIds, the entities the article mentioned (their properties are refreshed after)
OPTIONAL MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
WITH a, collect(e) AS old
CALL (a, old) {
  UNWIND [x IN old + [a] WHERE x IS NOT NULL] AS n
  MATCH (n)-[r]-()
  WHERE r.articleId = $articleId
  WITH DISTINCT r
  DELETE r
}
RETURN [e IN old | e.id] AS entityIds
