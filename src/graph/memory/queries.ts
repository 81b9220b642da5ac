// The named queries answered over the embedded store's graph. Each mirrors the Cypher file of the
// same name in cypher/queries/, with the same sorting, so both stores give identical answers.
import type {
  ArticleRef,
  Attendee,
  MeetingDetail,
  MeetingFilter,
  MeetingRole,
  MeetingSummary,
  Page,
  PersonDetail,
  PersonMeetings,
  Post,
  Ref,
  RoleEntry,
  SearchHit,
  Stats,
  NodeLabel,
  EntityLabel,
} from '../model.js';
import { pageOf, ROLE_TYPE, TYPE_ROLE } from '../model.js';
import type { EdgeAttributes } from './compact-graph.js';
import type { StoreGraph } from './graph-index.js';


/** Code-point order, as Cypher sorts strings. */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareBy<T>(...keys: Array<(t: T) => string | number | null>) {
  return (a: T, b: T) => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      return typeof x === 'number' && typeof y === 'number' ? x - y : byText(String(x), String(y));
    }
    return 0;
  };
}


export function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

export function inEdges(g: StoreGraph, node: string, type: string): Array<{ source: string; attrs: EdgeAttributes }> {
  const out: Array<{ source: string; attrs: EdgeAttributes }> = [];
  g.forEachInEdgeOfType(node, type, (_e, attrs, source) => out.push({ source, attrs }));
  return out;
}

export function outEdges(g: StoreGraph, node: string, type: string): Array<{ target: string; attrs: EdgeAttributes }> {
  const out: Array<{ target: string; attrs: EdgeAttributes }> = [];
  g.forEachOutEdgeOfType(node, type, (_e, attrs, _s, target) => out.push({ target, attrs }));
  return out;
}

export function ref(g: StoreGraph, id: string): Ref {
  return { id, name: g.getNodeAttribute(id, 'name') };
}

export function articleRef(g: StoreGraph, id: string): ArticleRef {
  const p = g.getNodeAttribute(id, 'props');
  return { id, title: String(p.title), date: str(p.date), source: String(p.source) };
}

function uniqueRefs(refs: Ref[]): Ref[] {
  const seen = new Set<string>();
  return refs.filter((r) => !seen.has(r.id) && seen.add(r.id)).sort(compareBy((r) => r.name, (r) => r.id));
}

export function isLabel(g: StoreGraph, id: string, label: NodeLabel): boolean {
  return g.hasNode(id) && g.getNodeAttribute(id, 'label') === label;
}

function meetingSummary(g: StoreGraph, id: string): MeetingSummary {
  const p = g.getNodeAttribute(id, 'props');
  return {
    id,
    name: g.getNodeAttribute(id, 'name'),
    kind: str(p.kind),
    date: str(p.date),
    time: str(p.time),
    heldBy: str(p.heldBy),
    heldIn: str(p.heldIn),
    presidedBy: uniqueRefs(inEdges(g, id, 'PRESIDED').map((e) => ref(g, e.source))),
  };
}

const byDateThenName = compareBy<MeetingSummary>((m) => m.date, (m) => m.name, (m) => m.id);
/** Newest first; a date without a year (--05-28) or none at all after every dated meeting, as by date. */
const latestFirst = (a: MeetingSummary, b: MeetingSummary): number => {
  const [x, y] = [hasYear(a.date), hasYear(b.date)];
  if (x !== y) return x ? -1 : 1;
  return x && a.date !== b.date ? byText(b.date as string, a.date as string) : byDateThenName(a, b);
};

/** A date whose year is known: not null, not --05-28. */
const hasYear = (date: string | null): date is string => date !== null && !date.startsWith('-');

function inRange(date: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!hasYear(date)) return false;
  return (!from || date >= from) && (!to || date <= to);
}

/** One entry per person: the first by article, the way the text of the earliest report lists them. */
function roleEntries(g: StoreGraph, meeting: string, type: string): RoleEntry[] {
  const edges = inEdges(g, meeting, type).sort(compareBy((e) => e.attrs.articleId, (e) => g.getNodeAttribute(e.source, 'name')));
  const seen = new Set<string>();
  return edges
    .filter((e) => !seen.has(e.source) && seen.add(e.source))
    .map((e) => ({ person: ref(g, e.source), evidence: e.attrs.evidence, articleId: e.attrs.articleId }))
    .sort(compareBy((r) => r.person.name, (r) => r.person.id));
}

export function meetings(g: StoreGraph, f: MeetingFilter): Page<MeetingSummary> {
  let ids: string[];
  if (f.personId) {
    const types = f.role ? [ROLE_TYPE[f.role]] : Object.values(ROLE_TYPE);
    ids = isLabel(g, f.personId, 'Person')
      ? [...new Set(types.flatMap((t) => outEdges(g, f.personId as string, t).map((e) => e.target)))]
      : [];
  } else {
    ids = g.filterNodes((_n, a) => a.label === 'Meeting');
  }
  const all = ids.map((id) => meetingSummary(g, id)).filter((m) => inRange(m.date, f.from, f.to));
  return pageOf(all.sort(f.order === 'latest' ? latestFirst : byDateThenName), f.limit, f.offset);
}

export function meeting(g: StoreGraph, id: string): MeetingDetail | null {
  if (!isLabel(g, id, 'Meeting')) return null;
  const attendeeEdges = inEdges(g, id, 'ATTENDED').sort(
    compareBy((e) => e.attrs.articleId, (e) => (typeof e.attrs.props.order === 'number' ? e.attrs.props.order : null)),
  );
  const seen = new Set<string>();
  const attendees: Attendee[] = attendeeEdges
    .filter((e) => !seen.has(e.source) && seen.add(e.source))
    .map((e) => ({
      person: ref(g, e.source),
      evidence: e.attrs.evidence,
      articleId: e.attrs.articleId,
      order: typeof e.attrs.props.order === 'number' ? e.attrs.props.order : null,
    }));
  const articles = inEdges(g, id, 'REPORTS')
    .map((e) => articleRef(g, e.source))
    .sort(compareBy((a) => a.date, (a) => a.id));
  const documents = outEdges(g, id, 'REVIEWED')
    .sort(compareBy((e) => e.attrs.articleId))
    .map((e) => ({ id: e.target, title: g.getNodeAttribute(e.target, 'name') as string, evidence: e.attrs.evidence }));
  const seenDocs = new Set<string>();
  return {
    ...meetingSummary(g, id),
    presided: roleEntries(g, id, 'PRESIDED'),
    attendees,
    speakers: roleEntries(g, id, 'SPOKE_AT'),
    places: uniqueRefs(outEdges(g, id, 'HELD_AT').map((e) => ref(g, e.target))),
    organizers: uniqueRefs(outEdges(g, id, 'ORGANIZED_BY').map((e) => ref(g, e.target))),
    documents: documents.filter((d) => !seenDocs.has(d.id) && seenDocs.add(d.id)).sort(compareBy((d) => d.title, (d) => d.id)),
    articles,
  };
}

export function person(g: StoreGraph, id: string): PersonDetail | null {
  if (!isLabel(g, id, 'Person')) return null;
  const posts: Post[] = outEdges(g, id, 'HOLDS_POSITION')
    .map((e) => ({
      title: String(e.attrs.props.title),
      role: str(e.attrs.props.role),
      former: e.attrs.props.former === true,
      organization: { ...ref(g, e.target), type: g.getNodeAttribute(e.target, 'label') as 'Organization' | 'Place' },
      evidence: e.attrs.evidence,
      articleId: e.attrs.articleId,
    }))
    .sort(compareBy((p) => p.articleId, (p) => p.title, (p) => p.organization.id));
  const count = (type: string) => new Set(outEdges(g, id, type).map((e) => e.target)).size;
  const articles = inEdges(g, id, 'MENTIONS')
    .map((e) => articleRef(g, e.source))
    .sort(compareBy((a) => a.date, (a) => a.id));
  const props = g.getNodeAttribute(id, 'props');
  return {
    id,
    name: g.getNodeAttribute(id, 'name'),
    aliases: (props.aliases as string[] | undefined) ?? [],
    posts,
    meetingCounts: { presided: count('PRESIDED'), attended: count('ATTENDED'), spoke: count('SPOKE_AT') },
    articles,
  };
}

export function personMeetings(g: StoreGraph, id: string, role: MeetingRole | undefined, limit: number, offset: number): PersonMeetings | null {
  if (!isLabel(g, id, 'Person')) return null;
  const types = role ? [ROLE_TYPE[role]] : Object.values(ROLE_TYPE);
  // Rows are ordered on what the meeting node holds, and only the page asked for is written out
  // with its presiders: a person in ten thousand meetings costs a sort, not ten thousand summaries.
  const rows: Array<{ meeting: string; role: MeetingRole; date: string | null; name: string; edge: ReturnType<typeof outEdges>[number] }> = [];
  for (const type of types) {
    const first = new Map<string, ReturnType<typeof outEdges>[number]>();
    for (const e of outEdges(g, id, type)) {
      const held = first.get(e.target);
      if (!held || e.attrs.articleId < held.attrs.articleId) first.set(e.target, e);
    }
    for (const [meeting, edge] of first) {
      rows.push({ meeting, role: TYPE_ROLE[type] as MeetingRole, date: str(g.getNodeAttribute(meeting, 'props').date), name: g.getNodeAttribute(meeting, 'name'), edge });
    }
  }
  // Days of unknown year (--01-05) after every dated one, as person-meetings.cypher puts them.
  rows.sort(compareBy((r) => (r.date === null || r.date.startsWith('--') ? 1 : 0), (r) => r.date, (r) => r.name, (r) => r.meeting, (r) => r.role));
  const page = pageOf(rows, limit, offset);
  return {
    ...page,
    person: ref(g, id),
    items: page.items.map((r) => ({
      ...meetingSummary(g, r.meeting),
      role: r.role,
      evidence: r.edge.attrs.evidence,
      articleId: r.edge.attrs.articleId,
      order: typeof r.edge.attrs.props.order === 'number' ? r.edge.attrs.props.order : null,
    })),
  };
}

export function search(g: StoreGraph, q: string, label: EntityLabel | undefined, limit: number, offset: number): Page<SearchHit> {
  const hits: Array<SearchHit & { rank: number }> = [];
  for (const id of g.nodesNamedWith(q)) {
    const a = g.getNodeAttributes(id);
    if (a.label === 'Article' || (label && a.label !== label)) continue;
    const aliases = (a.props.aliases as string[] | undefined) ?? [];
    if (!a.name.includes(q) && !aliases.some((x) => x.includes(q))) continue;
    const rank = a.name === q || aliases.includes(q) ? 0 : a.name.startsWith(q) ? 1 : 2;
    hits.push({ id, type: a.label as NodeLabel, name: a.name, aliases, rank });
  }
  hits.sort(compareBy((h) => h.rank, (h) => h.name.length, (h) => h.name, (h) => h.id));
  return pageOf(hits.map(({ rank: _rank, ...h }) => h), limit, offset);
}

/** `lastIngest`: the latest time an article was written, which the graph index keeps. */
export function stats(g: StoreGraph, lastIngest: string | null): Stats {
  const nodes = g.nodeCounts();
  const relationships = g.edgeCounts();
  return { nodes: sortKeys(nodes), relationships: sortKeys(relationships), articles: nodes.Article ?? 0, lastIngest };
}

function sortKeys(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => byText(a, b)));
}
