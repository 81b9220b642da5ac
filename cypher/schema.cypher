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
// The same for aliases, held as one string of lines (a TEXT index takes strings, not lists).
CREATE TEXT INDEX entity_alias_text IF NOT EXISTS FOR (n:Entity) ON (n.aliasText);
// Full-text search over names and aliases, for Neo4j Browser users, with the cjk analyzer (Chinese
// as overlapping pairs of characters, so 衡阳 does not find 南阳市); ranked by Lucene's score:
// CALL db.index.fulltext.queryNodes('entity_names', '"衡阳"') YIELD node, score
// (An index made by an earlier version with another analyzer is dropped and made again on connect.)
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organization|Place|Meeting|Document) ON EACH [n.name, n.aliasText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
// Full-text search over articles' titles and text (GET /api/search/articles), with the same cjk
// analyzer: CALL db.index.fulltext.queryNodes('article_text', '"市委常委会"') YIELD node, score
CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (n:Article) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
// Bookkeeping: one ingest lock, the record of every ingest run, the named folders of pages, and the
// version of the graph's format the store was brought to.
CREATE CONSTRAINT ingest_lock_name IF NOT EXISTS FOR (n:IngestLock) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT ingest_run_id IF NOT EXISTS FOR (n:IngestRun) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_root_name IF NOT EXISTS FOR (n:SourceRoot) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT store_format_name IF NOT EXISTS FOR (n:StoreFormat) REQUIRE n.name IS UNIQUE;
