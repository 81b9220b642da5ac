// delete-unmentioned-entities: deletes every entity no article mentions any more, with what still
// touches it; run with delete-unowned-facts when a store of an earlier format is first opened.
MATCH (e:Entity)
WHERE NOT (:Article)-[:MENTIONS]->(e)
DETACH DELETE e
