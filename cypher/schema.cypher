// newsgraph schema: applied on connect by the Neo4j store; every statement is idempotent.
// Entity nodes carry the :Entity label beside their own (Person, Organization, Place, Meeting,
// Document), so writes can MERGE on one static, indexed label.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source);
// CONTAINS on a TEXT index is how search finds Chinese substrings (邓群 → 邓群策).
CREATE TEXT INDEX entity_name_text IF NOT EXISTS FOR (n:Entity) ON (n.name);
// Full-text search over names and aliases, for Neo4j Browser users:
// CALL db.index.fulltext.queryNodes('entity_names', '邓群策')
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organization|Place|Meeting|Document) ON EACH [n.name, n.aliases];
// Bookkeeping: one ingest lock, and the record of every ingest run.
CREATE CONSTRAINT ingest_lock_name IF NOT EXISTS FOR (n:IngestLock) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT ingest_run_id IF NOT EXISTS FOR (n:IngestRun) REQUIRE n.id IS UNIQUE;
