// participation: every person–meeting pair of PRESIDED, ATTENDED or SPOKE_AT, the edge list the
// analytics (centrality, communities) are computed over.
// columns: links [{person {id, name}, meeting {id, name, date}}], by person id then meeting id
MATCH (p:Person)-[:PRESIDED|ATTENDED|SPOKE_AT]->(m:Meeting)
WITH DISTINCT p, m ORDER BY p.id, m.id
RETURN collect({person: {id: p.id, name: p.name}, meeting: {id: m.id, name: m.name, date: m.date}}) AS links
