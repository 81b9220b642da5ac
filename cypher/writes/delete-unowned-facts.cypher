// delete-unowned-facts: deletes the facts whose article is gone, as an Article node deleted by hand
// (MATCH (a:Article {id: …}) DETACH DELETE a) leaves them. Reads every relationship once: run when a
// store of an earlier format is first opened, not on every open.
// columns: facts (how many were deleted), entityIds (the entities they touched, to refresh)
MATCH (s)-[r]->(t)
WHERE r.articleId IS NOT NULL AND NOT EXISTS { MATCH (:Article {id: r.articleId}) }
DELETE r
WITH count(r) AS facts, collect(DISTINCT s) + collect(DISTINCT t) AS ends
CALL (ends) {
  UNWIND ends AS x
  WITH DISTINCT x WHERE x:Entity
  RETURN collect(x.id) AS entityIds
}
RETURN facts, entityIds
