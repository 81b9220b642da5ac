// remove-article: deletes an article with every fact it contributed and the entities only it
// mentioned, in one statement; the same query deletes an article by hand in Neo4j Browser
// (:param articleId => 'art_…' first). An article owns its facts through the graph: each is a
// relationship out of the article or out of an entity the article MENTIONS, marked with the
// article's id, so its facts are found from its node without a scan. Entities other articles still
// mention are refreshed from what those say of them, as refresh-entities does.
// $articleId
// columns: removed (1; no row when there is no such article), facts, orphans (entities deleted)
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
WITH a, collect(DISTINCT e) AS mentioned
CALL (a, mentioned) {
  UNWIND mentioned + [a] AS x
  MATCH (x)-[r]->()
  WHERE r.articleId = a.id AND type(r) <> 'MENTIONS'
  DELETE r
  RETURN count(r) AS facts
}
DETACH DELETE a
WITH mentioned, facts
CALL (mentioned) {
  UNWIND mentioned AS e
  WITH e, e.id AS id
  CALL (e) {
    OPTIONAL MATCH (other:Article)-[m:MENTIONS]->(e)
    WITH m ORDER BY other.id
    RETURN collect(m) AS ms
  }
  CALL (e, ms) {
    WITH e, ms WHERE size(ms) = 0
    DETACH DELETE e
  }
  CALL (e, ms, id) {
    WITH e, ms, id WHERE size(ms) > 0
    CALL (ms) {
      UNWIND ms AS m
      UNWIND coalesce(m.aliases, []) AS alias
      WITH DISTINCT alias ORDER BY alias
      RETURN collect(alias) AS aliases
    }
    WITH e, id, ms[0] AS first, aliases, any(m IN ms WHERE m.aliases IS NOT NULL) AS hasAliases
    SET e = properties(first)
    SET e.id = id, e.aliases = CASE WHEN hasAliases THEN aliases ELSE null END,
        e.aliasText = CASE WHEN hasAliases THEN reduce(text = '', alias IN aliases | text + alias + '\n') ELSE null END
    REMOVE e.articleId
  }
  RETURN count(CASE WHEN size(ms) = 0 THEN 1 END) AS orphans
}
RETURN 1 AS removed, facts, orphans
