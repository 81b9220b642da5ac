// upsert-article: creates or updates the Article node with its record.
// $article: {id, title, subtitle, byline, date, source, ordinal, contentHash, extractorVersion, text}
MERGE (a:Article {id: $article.id})
SET a = $article
