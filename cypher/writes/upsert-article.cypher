// upsert-article: creates or updates the Article nodes with their records.
// $articles: [{id, title, subtitle, byline, date, source, ordinal, contentHash, extractorVersion, text, pageHash, pageArticles}]
UNWIND $articles AS article
MERGE (a:Article {id: article.id})
SET a = article
