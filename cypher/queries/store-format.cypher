// store-format: the version of the graph's format the store was last opened with (null before
// articles owned their facts); the store brings an older one up to date when it opens.
// columns: version
OPTIONAL MATCH (f:StoreFormat {name: 'newsgraph'})
RETURN f.version AS version
