// Who appears together with whom most often: pairs of people at the same meetings, in any role.
MATCH (a:Person)-[:PRESIDED|ATTENDED|SPOKE_AT]->(m:Meeting)<-[:PRESIDED|ATTENDED|SPOKE_AT]-(b:Person)
WHERE a.id < b.id
RETURN a.name AS person, b.name AS withPerson, count(DISTINCT m) AS meetings, collect(DISTINCT m.name)[..5] AS some
ORDER BY meetings DESC, person, withPerson
LIMIT 25
