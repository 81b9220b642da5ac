// Which documents (《…》) each meeting reviewed or approved, with the sentence that says so.
MATCH (m:Meeting)-[r:REVIEWED]->(d:Document)
RETURN m.date AS date, m.name AS meeting, d.title AS document, r.evidence AS evidence
ORDER BY date, meeting, document
