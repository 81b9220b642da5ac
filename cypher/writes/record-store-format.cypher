// record-store-format: marks the store as brought up to this version of the graph's format.
// $version
MERGE (f:StoreFormat {name: 'newsgraph'})
SET f.version = $version
