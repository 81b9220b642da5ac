// remove-article: deletes the Article node after its facts were deleted (delete-article-facts).
// $articleId
MATCH (a:Article {id: $articleId})
DETACH DELETE a
RETURN count(*) AS removed
