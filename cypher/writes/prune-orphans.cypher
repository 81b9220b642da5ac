// prune-orphans: deletes entities no relationship touches any more.
// returns: removed
MATCH (e:Entity)
WHERE NOT (e)--()
DELETE e
RETURN count(*) AS removed
