// create-relations: the articles' relationships between entities, each with its evidence sentence.
// $relations: [{articleId, type, source, target, props}] (props include evidence)
UNWIND $relations AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CREATE (s)-[r:$(row.type)]->(t)
SET r = row.props, r.articleId = row.articleId
