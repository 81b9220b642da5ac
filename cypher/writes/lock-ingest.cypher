// lock-ingest: takes the one ingest lock for $owner unless another owner holds it unexpired. The
// first SET takes the node's write lock before its owner is read: a MERGE that finds the node
// takes no lock, and two takers would both read it free. Whoever waits reads what the first wrote.
// $owner, $now, $expires (epoch ms)
// columns: taken, owner, since
MERGE (l:IngestLock {name: 'ingest'})
SET l.claimedAt = $now
WITH l
WITH l, l.owner IS NOT NULL AND l.owner <> $owner AND l.expires > $now AS held
SET l.owner = CASE WHEN held THEN l.owner ELSE $owner END,
    l.since = CASE WHEN held THEN l.since ELSE $now END,
    l.expires = CASE WHEN held THEN l.expires ELSE $expires END
RETURN NOT held AS taken, l.owner AS owner, l.since AS since
