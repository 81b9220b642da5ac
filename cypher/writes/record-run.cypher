// record-run: keeps an ingest run's record (as JSON: its counts and errors are nested).
// $id, $startedAt, $record
MERGE (r:IngestRun {id: $id})
SET r.startedAt = $startedAt, r.record = $record
