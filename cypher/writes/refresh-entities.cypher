// refresh-entities: recomputes entity nodes from what the articles still say of them. Properties
// come from the article with the smallest id, aliases are the union of all (also as one string,
// aliasText, which a TEXT index serves to search); an entity no article mentions any more is
// deleted (nothing else can point at it).
// $entityIds: ids of entities whose articles changed
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
  WITH m ORDER BY a.id
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
