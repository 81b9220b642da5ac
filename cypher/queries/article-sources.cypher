// article-sources: every stored article with its source, for pruning articles whose source is gone.
// columns: meta {id, source, contentHash, extractorVersion, pageHash, pageArticles}, one row per article, by id
MATCH (a:Article)
RETURN {id: a.id, source: a.source, contentHash: a.contentHash, extractorVersion: a.extractorVersion, pageHash: a.pageHash, pageArticles: a.pageArticles} AS meta
ORDER BY a.id
