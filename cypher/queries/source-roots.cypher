// source-roots: the named folders of pages, by name.
// columns: name, path
MATCH (s:SourceRoot)
RETURN s.name AS name, s.path AS path
ORDER BY name
