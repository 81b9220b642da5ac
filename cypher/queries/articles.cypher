// articles: every article by date, then id (undated ones last).
// $offset, $limit
// columns: total, items [{id, title, date, source}]
MATCH (a:Article)
WITH a ORDER BY a.date, a.id
WITH collect({id: a.id, title: a.title, date: a.date, source: a.source}) AS rows
RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS items
