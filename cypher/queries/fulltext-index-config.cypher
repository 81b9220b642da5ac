// fulltext-index-config: how the entity_names full-text index is made, to tell one of an earlier
// version (another analyzer, other properties) that must be made again.
// columns: analyzer, properties
SHOW FULLTEXT INDEXES YIELD name, options, properties
WHERE name = 'entity_names'
RETURN options.indexConfig['fulltext.analyzer'] AS analyzer, properties
