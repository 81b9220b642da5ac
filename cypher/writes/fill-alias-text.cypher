// fill-alias-text: gives entities written before aliasText existed their aliases as one string,
// once, when a store of that version is first opened (its full-text index is made again then).
MATCH (n:Entity) WHERE n.aliases IS NOT NULL AND n.aliasText IS NULL
SET n.aliasText = reduce(text = '', alias IN n.aliases | text + alias + '\n')
