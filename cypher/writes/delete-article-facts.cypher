// delete-article-facts: removes every relationship the articles contributed, the first step of
// replacing them. An article owns its facts through the graph: each carries its articleId and
// leaves the article or an entity the article MENTIONS, so only those nodes' relationships are
// read (never the many that point into a much-mentioned city or body).
// $articleIds: the articles' ids
// returns: one row per article, entityIds, the entities it mentioned (their properties are refreshed after)
UNWIND $articleIds AS articleId
OPTIONAL MATCH (a:Article {id: articleId})
OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
WITH articleId, a, collect(DISTINCT e) AS old
CALL (a, old, articleId) {
  CALL (a, old, articleId) {
    MATCH (a)-[r]-()
    WHERE r.articleId = articleId
    RETURN r
    UNION
    UNWIND old AS e
    MATCH (e)-[r]->()
    WHERE r.articleId = articleId
    RETURN r
  }
  DELETE r
}
RETURN [e IN old | e.id] AS entityIds
