// runs: the recorded ingest runs, newest first.
// $offset, $limit
// columns: total, items (each a run record as JSON)
MATCH (r:IngestRun)
WITH r ORDER BY r.startedAt DESC, r.id DESC
WITH collect(r.record) AS rows
RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS items
