// record-run: keeps an ingest run's record, when it starts and again when it ends. Its fields are
// properties to query in Browser; its errors, nested, are JSON, as is the whole record.
// $id, $trigger, $status, $startedAt, $endedAt, $paths, $counts, $errors, $record
MERGE (r:IngestRun {id: $id})
SET r.trigger = $trigger, r.status = $status, r.startedAt = $startedAt, r.endedAt = $endedAt, r.paths = $paths,
    r.new = $counts.new, r.changed = $counts.changed, r.unchanged = $counts.unchanged, r.removed = $counts.removed,
    r.failed = $counts.failed, r.errors = $errors, r.record = $record
