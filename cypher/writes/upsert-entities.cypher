// upsert-entities: the articles' entities, each merged on :Entity by id and given its own label,
// with a MENTIONS relationship holding what that article says of it (refresh-entities merges them).
// $entities: [{articleId, id, label, name, props}]
UNWIND $entities AS row
MATCH (a:Article {id: row.articleId})
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name
SET e:$(row.label)
CREATE (a)-[m:MENTIONS]->(e)
SET m = row.props, m.articleId = row.articleId, m.name = row.name
