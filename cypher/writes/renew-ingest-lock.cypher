// renew-ingest-lock: moves the lock's expiry on while its owner is still ingesting.
// $owner, $expires
MATCH (l:IngestLock {name: 'ingest', owner: $owner})
SET l.expires = $expires
