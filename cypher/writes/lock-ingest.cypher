// lock-ingest: takes the one ingest lock for $owner unless another owner holds it unexpired. The
// MERGE on a unique name serialises two takers; a holder that died frees it when it expires.
// $owner, $now, $expires (epoch ms)
// columns: taken, owner, since
MERGE (l:IngestLock {name: 'ingest'})
WITH l, l.owner IS NOT NULL AND l.owner <> $owner AND l.expires > $now AS held
SET l.owner = CASE WHEN held THEN l.owner ELSE $owner END,
    l.since = CASE WHEN held THEN l.since ELSE $now END,
    l.expires = CASE WHEN held THEN l.expires ELSE $expires END
RETURN NOT held AS taken, l.owner AS owner, l.since AS since
