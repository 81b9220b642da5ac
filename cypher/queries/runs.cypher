// runs: the recorded ingest runs, newest first. A run still marked running whose process no longer
// holds the ingest lock (it died, or its lock expired) was interrupted.
// $offset, $limit, $now (epoch ms)
// columns: total, items (each {record: the run as JSON, status})
OPTIONAL MATCH (l:IngestLock {name: 'ingest'}) WHERE l.expires > $now
WITH coalesce(l.owner, '') AS holder
MATCH (r:IngestRun)
WITH r, holder ORDER BY r.startedAt DESC, r.id DESC
WITH collect({
  record: r.record,
  status: CASE WHEN r.status = 'running' AND NOT holder CONTAINS r.id THEN 'interrupted' ELSE coalesce(r.status, 'finished') END
}) AS rows
RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS items
