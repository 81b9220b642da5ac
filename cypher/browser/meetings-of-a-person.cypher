// The meetings a person presided over or attended, by date, with the sentence that says so.
// Edit the name and the date range.
MATCH (p:Person {name: '邓群策'})-[r:PRESIDED|ATTENDED|SPOKE_AT]->(m:Meeting)
WHERE m.date IS NULL OR m.date >= '2020-01-01' AND m.date <= '2021-12-31'
RETURN m.date AS date, m.name AS meeting, type(r) AS role, r.evidence AS evidence
ORDER BY date, meeting
