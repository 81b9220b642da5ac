// Who presided over and attended a meeting, attendees in the order the paper lists them.
// Edit the meeting name; the graph view shows the meeting, its presider and attendees.
MATCH (m:Meeting) WHERE m.name CONTAINS '深化改革委员会第五次会议'
OPTIONAL MATCH (chair:Person)-[:PRESIDED]->(m)
MATCH (p:Person)-[a:ATTENDED]->(m)
RETURN m.name AS meeting, m.date AS date, collect(DISTINCT chair.name) AS presided, a.order AS order, p.name AS attendee, a.evidence AS evidence
ORDER BY a.order
