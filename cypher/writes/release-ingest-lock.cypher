// release-ingest-lock: gives the ingest lock up, if $owner still holds it.
// $owner
MATCH (l:IngestLock {name: 'ingest', owner: $owner})
REMOVE l.owner, l.since, l.expires
