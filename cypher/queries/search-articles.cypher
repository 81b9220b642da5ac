// search-articles: articles whose title or text holds every term, newest first (days of unknown
// year after the dated, undated last), then
// by id. The article_text full-text index ($lucene: each term a quoted phrase, joined by AND) finds
// the candidates; each term's pattern then holds them to what the embedded store matches
// (src/graph/article-search.ts: Chinese as written, Latin words whole, any case).
// $lucene, $patterns (regex sources, one a term), $offset, $limit
// columns: total, items [{id, title, date, source, text}]
CALL db.index.fulltext.queryNodes('article_text', $lucene) YIELD node AS a
WITH a
WHERE all(p IN $patterns WHERE a.title =~ ('(?isu).*' + p + '.*') OR a.text =~ ('(?isu).*' + p + '.*'))
WITH a, CASE WHEN a.date IS NULL THEN 2 WHEN a.date STARTS WITH '--' THEN 1 ELSE 0 END AS dated
ORDER BY dated, a.date DESC, a.id
WITH collect({id: a.id, title: a.title, date: a.date, source: a.source, text: a.text}) AS rows
RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS items
