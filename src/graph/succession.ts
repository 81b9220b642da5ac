// A person's posts as tenures: each post (a title in a body) with the first and last day an article
// gives it, how many articles do, each sentence once, and who held the same title in the same body
// before and after, read from the graph: of the others the papers give that post, the one last seen
// before this person was first seen, and the one first seen after this person was last seen. Only
// days with a year count (a day of unknown year cannot be put in order). Built from the person and
// entity named queries, so both stores agree by design.
import type { EntityDetail, PersonDetail, Ref } from './model.js';
import type { GraphStore } from './store.js';

export interface Tenure {
  title: string;
  role: string | null;
  organization: Ref & { type: string };
  /** First and last day (YYYY-MM-DD) of the articles that give the post; null when none is dated. */
  firstSeen: string | null;
  lastSeen: string | null;
  /** The post as told with 原 (原市长): held before the day of the article. */
  former: boolean;
  articles: number;
  evidence: string[];
  before: { person: Ref; lastSeen: string } | null;
  after: { person: Ref; firstSeen: string } | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

interface Span {
  first: string | null;
  last: string | null;
}

function spanOf(days: Array<string | null>): Span {
  const dated = days.filter((d): d is string => d !== null && DAY.test(d)).sort();
  return { first: dated[0] ?? null, last: dated.at(-1) ?? null };
}

/** A body and the day of each article that names it, read once however many posts it holds. */
interface Body {
  detail: EntityDetail;
  dateOf: Map<string, string | null>;
}

/** The other holders of `title` in the body, each with the span of days the papers give it them. */
function holders({ detail: body, dateOf }: Body, title: string, except: string): Map<string, { person: Ref; span: Span }> {
  const days = new Map<string, { person: Ref; days: Array<string | null> }>();
  for (const link of body.links) {
    if (link.type !== 'HOLDS_POSITION' || link.direction !== 'in' || link.other.id === except) continue;
    if (link.properties.title !== title || link.properties.former === true) continue;
    const held = days.get(link.other.id) ?? { person: { id: link.other.id, name: link.other.name }, days: [] };
    held.days.push(dateOf.get(link.articleId) ?? null);
    days.set(link.other.id, held);
  }
  return new Map([...days].map(([id, h]) => [id, { person: h.person, span: spanOf(h.days) }]));
}

export async function tenures(store: GraphStore, personId: string): Promise<{ person: Ref; tenures: Tenure[] } | null> {
  const person: PersonDetail | null = await store.person(personId);
  if (!person) return null;
  const dateOf = new Map(person.articles.map((a) => [a.id, a.date]));
  const groups = new Map<string, PersonDetail['posts']>();
  for (const p of person.posts) {
    const key = `${p.title}\u0000${p.organization.id}`;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  const bodies = new Map<string, Body | null>();
  const out: Tenure[] = [];
  for (const said of groups.values()) {
    const p = said[0] as PersonDetail['posts'][number];
    const current = said.filter((s) => !s.former);
    const span = spanOf(current.map((s) => dateOf.get(s.articleId) ?? null));
    if (!bodies.has(p.organization.id)) {
      const detail = await store.entity(p.organization.id);
      bodies.set(p.organization.id, detail && { detail, dateOf: new Map(detail.articles.map((a) => [a.id, a.date])) });
    }
    const body = bodies.get(p.organization.id);
    let before: Tenure['before'] = null;
    let after: Tenure['after'] = null;
    if (body && span.first && span.last) {
      for (const { person: other, span: o } of holders(body, p.title, person.id).values()) {
        if (o.last && o.last < span.first && (!before || o.last > before.lastSeen)) before = { person: other, lastSeen: o.last };
        if (o.first && o.first > span.last && (!after || o.first < after.firstSeen)) after = { person: other, firstSeen: o.first };
      }
    }
    out.push({
      title: p.title,
      role: p.role,
      organization: { id: p.organization.id, name: p.organization.name, type: p.organization.type },
      firstSeen: span.first,
      lastSeen: span.last,
      former: current.length === 0,
      articles: new Set(said.map((s) => s.articleId)).size,
      evidence: [...new Set(said.map((s) => s.evidence))],
      before,
      after,
    });
  }
  // Newest first; a post no dated article gives goes last.
  out.sort((a, b) => (a.lastSeen === b.lastSeen ? (a.title < b.title ? -1 : 1) : a.lastSeen === null ? 1 : b.lastSeen === null ? -1 : a.lastSeen < b.lastSeen ? 1 : -1));
  return { person: { id: person.id, name: person.name }, tenures: out };
}
