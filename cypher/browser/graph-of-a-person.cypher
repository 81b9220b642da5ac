// A person's neighbourhood to look at in the graph view: posts, meetings and the people met there.
MATCH (p:Person {name: '邓群策'})-[r:HOLDS_POSITION|PRESIDED|ATTENDED|SPOKE_AT]->(x)
OPTIONAL MATCH (x:Meeting)<-[r2:PRESIDED|ATTENDED]-(other:Person)
RETURN p, r, x, r2, other
LIMIT 200
