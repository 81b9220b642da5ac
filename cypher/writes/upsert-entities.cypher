// upsert-entities: the article's entities, each merged on :Entity by id and given its own label,
// with a MENTIONS relationship holding what this article says of it (refresh-entities merges them).
// $articleId; $entities: [{id, label, name, props}]
MATCH (a:Article {id: $articleId})
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name
SET e:$(row.label)
CREATE (a)-[m:MENTIONS]->(e)
SET m = row.props, m.articleId = $articleId, m.name = row.name
