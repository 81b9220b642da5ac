// Every post the papers give a person: the title as written, the body or place, former or not,
// and the article sentence that says so. Edit the name.
MATCH (p:Person {name: '朱健'})-[h:HOLDS_POSITION]->(o)
MATCH (a:Article {id: h.articleId})
RETURN h.title AS title, h.role AS role, coalesce(h.former, false) AS former, o.name AS body, a.date AS date, a.title AS article, h.evidence AS evidence
ORDER BY date, title
