// article-metas: what the skip check needs of a batch of articles, those the graph holds.
// $ids
// columns: meta {id, source, contentHash, extractorVersion, pageHash, pageArticles}, one row per stored article
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN {id: a.id, source: a.source, contentHash: a.contentHash, extractorVersion: a.extractorVersion, pageHash: a.pageHash, pageArticles: a.pageArticles} AS meta
