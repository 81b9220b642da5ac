// Who presided over and attended a meeting: the graph view shows the meeting, its presider and its
// attendees; the table view lists them with the order the paper names them in (ATTENDED.order).
// Edit the meeting name.
MATCH (m:Meeting) WHERE m.name CONTAINS '深化改革委员会第五次会议'
OPTIONAL MATCH (chair:Person)-[presided:PRESIDED]->(m)
OPTIONAL MATCH (p:Person)-[attended:ATTENDED]->(m)
RETURN m, chair, presided, p, attended
ORDER BY attended.order
