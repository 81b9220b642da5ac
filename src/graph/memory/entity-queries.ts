// Lists and pages of entities and articles over the embedded store's graph. Each mirrors the Cypher
// file of the same name in cypher/queries/, with the same sorting, so both stores answer alike.
import type {
  ArticleDetail,
  ArticleOrder,
  ArticleRef,
  EntityDetail,
  EntityLabel,
  EntitySort,
  EntitySummary,
  Link,
  NodeLabel,
  NodeRef,
  Page,
} from '../model.js';
import type { StoreGraph } from './graph-index.js';
import { articleMatcher, type SearchTerm } from '../article-search.js';
import { articleRef, compareBy, inEdges, outEdges, ref, str } from './queries.js';
import { pageOf } from '../model.js';

/** Relationships an entity page leaves out: MENTIONS is the article list, REPORTS the article's meetings. */
const UNLISTED = new Set(['MENTIONS', 'REPORTS']);
/** Node properties shown apart (or not at all) rather than among an entity's own properties. */
const SHOWN_APART = new Set(['id', 'name', 'aliases']);

export function nodeRef(g: StoreGraph, id: string): NodeRef {
  return { id, type: g.getNodeAttribute(id, 'label') as NodeLabel, name: g.getNodeAttribute(id, 'name') };
}

/** Neo4j keeps no null properties, so neither does any answer here. */
function withoutNulls(props: Record<string, unknown>, drop: ReadonlySet<string> = new Set()): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props)
      .filter(([k, v]) => v !== null && v !== undefined && !drop.has(k))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

function mentionCount(g: StoreGraph, id: string): number {
  return new Set(inEdges(g, id, 'MENTIONS').map((e) => e.source)).size;
}

function aliasesOf(g: StoreGraph, id: string): string[] {
  return (g.getNodeAttribute(id, 'props').aliases as string[] | undefined) ?? [];
}

function isEntity(g: StoreGraph, id: string): boolean {
  return g.hasNode(id) && g.getNodeAttribute(id, 'label') !== 'Article';
}

export function entities(g: StoreGraph, label: EntityLabel, sort: EntitySort, limit: number, offset: number): Page<EntitySummary> {
  const all = g
    .filterNodes((_n, a) => a.label === label)
    .map((id) => ({ ...nodeRef(g, id), aliases: aliasesOf(g, id), articles: mentionCount(g, id) }));
  all.sort(compareBy((e) => (sort === 'articles' ? -e.articles : 0), (e) => e.name, (e) => e.id));
  return pageOf(all, limit, offset);
}

export function entity(g: StoreGraph, id: string): EntityDetail | null {
  if (!isEntity(g, id)) return null;
  const links: Link[] = [];
  g.forEachEdge(id, (_e, attrs, source, target) => {
    if (UNLISTED.has(attrs.type)) return;
    const out = source === id;
    links.push({
      type: attrs.type,
      direction: out ? 'out' : 'in',
      other: nodeRef(g, out ? target : source),
      evidence: attrs.evidence,
      articleId: attrs.articleId,
      properties: withoutNulls(attrs.props),
    });
  });
  links.sort(
    compareBy(
      (l) => l.type,
      (l) => l.direction,
      (l) => l.other.name,
      (l) => l.other.id,
      (l) => l.articleId,
      (l) => String(l.properties.title ?? ''),
      (l) => l.evidence,
    ),
  );
  const articles = inEdges(g, id, 'MENTIONS')
    .map((e) => articleRef(g, e.source))
    .sort(compareBy((a) => a.date, (a) => a.id));
  return {
    ...nodeRef(g, id),
    aliases: aliasesOf(g, id),
    properties: withoutNulls(g.getNodeAttribute(id, 'props'), SHOWN_APART),
    links,
    articles,
  };
}

/** Dated articles first, then those whose year is not known (--05-28), then the undated. */
const dateGroup = (date: string | null): number => (date === null ? 2 : date.startsWith('--') ? 1 : 0);

/** Articles by date in the order asked for, within their date group, then by id (articles.cypher). */
function byDate(order: ArticleOrder): (x: ArticleRef, y: ArticleRef) => number {
  const later = order === 'newest' ? -1 : 1;
  return (x, y) => dateGroup(x.date) - dateGroup(y.date) || (x.date === y.date ? 0 : (x.date ?? '') < (y.date ?? '') ? -later : later) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

export function articles(g: StoreGraph, limit: number, offset: number, order: ArticleOrder = 'oldest'): Page<ArticleRef> {
  const all = g.filterNodes((_n, a) => a.label === 'Article').map((id) => articleRef(g, id));
  return pageOf(all.sort(byDate(order)), limit, offset);
}

/** Articles whose title or text holds every term, newest first (days of unknown year after the dated, undated last), then by id. */
export function searchArticles(g: StoreGraph, terms: SearchTerm[], limit: number, offset: number): Page<ArticleRef & { text: string }> {
  const found: Array<ArticleRef & { text: string }> = [];
  const matches = articleMatcher(terms);
  g.forEachNode((id, a) => {
    if (a.label !== 'Article') return;
    const text = String(a.props.text ?? '');
    if (matches(String(a.props.title ?? ''), text)) found.push({ ...articleRef(g, id), text });
  });
  return pageOf(found.sort(byDate('newest')), limit, offset);
}

export function article(g: StoreGraph, id: string): ArticleDetail | null {
  if (!g.hasNode(id) || g.getNodeAttribute(id, 'label') !== 'Article') return null;
  const p = g.getNodeAttribute(id, 'props');
  const reporters = inEdges(g, id, 'REPORTED')
    .map((e) => ({ person: ref(g, e.source), role: str(e.attrs.props.role) }))
    .sort(compareBy((r) => r.person.name, (r) => r.person.id, (r) => r.role));
  const mentioned = [...new Set(outEdges(g, id, 'MENTIONS').map((e) => e.target))]
    .map((n) => ({ ...nodeRef(g, n), aliases: aliasesOf(g, n) }))
    .sort(compareBy((e) => e.type, (e) => e.name, (e) => e.id));
  const meetings = [...new Set(outEdges(g, id, 'REPORTS').map((e) => e.target))]
    .map((m) => ({ ...ref(g, m), date: str(g.getNodeAttribute(m, 'props').date) }))
    .sort(compareBy((m) => m.date, (m) => m.name, (m) => m.id));
  return {
    id,
    title: String(p.title),
    subtitle: str(p.subtitle),
    byline: (p.byline as string[] | undefined) ?? [],
    date: str(p.date),
    source: String(p.source),
    text: String(p.text),
    extractorVersion: String(p.extractorVersion),
    ingestedAt: str(p.ingestedAt),
    reporters,
    entities: mentioned,
    meetings,
  };
}
