// article-meta: what the skip check needs of a stored article.
// $id
// columns: meta {id, source, contentHash, extractorVersion, pageHash, pageArticles}
MATCH (a:Article {id: $id})
RETURN {id: a.id, source: a.source, contentHash: a.contentHash, extractorVersion: a.extractorVersion, pageHash: a.pageHash, pageArticles: a.pageArticles} AS meta
