// articles: every article by date, oldest or newest first, then id; days of unknown year (--05-28)
// after every dated one, undated articles last.
// $newest (true: newest first), $offset, $limit
// columns: total, items [{id, title, date, source}]
MATCH (a:Article)
WITH a, CASE WHEN a.date IS NULL THEN 2 WHEN a.date STARTS WITH '--' THEN 1 ELSE 0 END AS dated
ORDER BY dated, CASE WHEN $newest THEN a.date END DESC, CASE WHEN $newest THEN null ELSE a.date END, a.id
WITH collect({id: a.id, title: a.title, date: a.date, source: a.source}) AS rows
RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS items
