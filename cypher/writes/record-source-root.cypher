// record-source-root: names a folder of pages (ingest --source NAME), or moves the name to the
// folder's new real path; its pages' source keys are NAME:path/inside.
// $name, $path
MERGE (s:SourceRoot {name: $name})
SET s.path = $path
