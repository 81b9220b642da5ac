// An article and the facts it states, to look at in the graph view: the entities it mentions and
// the relationships it gave them. An article owns its facts: each leaves the article or an entity
// it mentions and carries the article's id, so this is also what deleting the article deletes.
// Edit the title.
MATCH (a:Article) WHERE a.title CONTAINS '常务会议'
WITH a ORDER BY a.date, a.id LIMIT 1
MATCH (a)-[:MENTIONS]->(s)
OPTIONAL MATCH (s)-[r]->(t)
WHERE r.articleId = a.id
RETURN a, s, r, t
