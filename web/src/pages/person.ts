// A person's page: posts as tenures (first and last day the papers give each, who held the post
// before and after, each sentence once), the meetings they presided over, attended or spoke at
// (with evidence), who they meet most, and their neighbourhood as a graph. Meetings and articles
// come a page at a time: #/person/<id>/meetings/<n> and #/person/<id>/articles/<n>.
import { enc, getJson, type Page, type Ref } from '../api.js';
import { evidence, evidences, h, link, list, pager, section } from '../dom.js';
import { graphView } from '../graph-view.js';

interface Person {
  id: string;
  name: string;
  aliases: string[];
  meetingCounts: { presided: number; attended: number; spoke: number };
  articles: Page<Ref & { title: string; date: string | null }>;
}

interface Tenure {
  title: string;
  former: boolean;
  organization: Ref;
  firstSeen: string | null;
  lastSeen: string | null;
  articles: number;
  evidence: string[];
  before: { person: Ref; lastSeen: string } | null;
  after: { person: Ref; firstSeen: string } | null;
}

const span = (t: Tenure) => (t.firstSeen ? (t.firstSeen === t.lastSeen ? t.firstSeen : `${t.firstSeen} – ${t.lastSeen}`) : 'no dated article');

/** A post held: title, body, the days the papers give it, how many articles do, and who came before and after. */
function tenureRow(t: Tenure) {
  const count = t.articles > 1 ? h('span', { class: 'meta count' }, ` · ${t.articles}×`) : null;
  const before = t.before ? h('span', { class: 'meta before' }, ' · succeeded ', link(t.before.person.id, t.before.person.name), ` (seen until ${t.before.lastSeen})`) : null;
  const after = t.after ? h('span', { class: 'meta after' }, ' · succeeded by ', link(t.after.person.id, t.after.person.name), ` (seen from ${t.after.firstSeen})`) : null;
  return [h('b', {}, `${t.former ? '原' : ''}${t.title}`), ' · ', link(t.organization.id, t.organization.name), h('span', { class: 'meta span' }, ` · ${span(t)}`), count, before, after, evidences(t.evidence)];
}

interface PersonMeeting extends Ref {
  date: string | null;
  role: 'presided' | 'attended' | 'spoke';
  evidence: string;
}

const ROLE_NAMES = { presided: '主持 presided', attended: '出席 attended', spoke: '讲话 spoke' };

/** Meetings and articles shown a page at a time. */
const PER_PAGE = 50;

/** The person and which page of which list the route asks for: 'per_…', 'per_…/meetings/3'. */
function parseRoute(route: string): { id: string; meetingsOffset: number; articlesOffset: number } {
  const [id = '', list, n] = route.split('/');
  const offset = (Math.max(1, Number.parseInt(n ?? '1', 10) || 1) - 1) * PER_PAGE;
  return { id, meetingsOffset: list === 'meetings' ? offset : 0, articlesOffset: list === 'articles' ? offset : 0 };
}

export async function personPage(route: string): Promise<HTMLElement> {
  const { id, meetingsOffset, articlesOffset } = parseRoute(route);
  const [person, posts, meetings, co] = await Promise.all([
    getJson<Person>(`/api/people/${enc(id)}?limit=${PER_PAGE}&offset=${articlesOffset}`),
    getJson<Page<Tenure>>(`/api/people/${enc(id)}/posts?limit=200`),
    getJson<Page<PersonMeeting>>(`/api/people/${enc(id)}/meetings?limit=${PER_PAGE}&offset=${meetingsOffset}`),
    getJson<Page<{ person: Ref; count: number }>>(`/api/people/${enc(id)}/co-attendees?limit=12`),
  ]);
  const c = person.meetingCounts;
  // A pager only where the list runs past one page.
  const pages = (name: string, total: number, offset: number) => (total > PER_PAGE ? pager(total, PER_PAGE, offset, (k) => `#/person/${enc(person.id)}/${name}/${k}`) : null);
  return h(
    'div',
    { class: 'person', 'data-id': person.id },
    h('h1', {}, person.name),
    h('p', { class: 'meta' }, `presided ${c.presided} · attended ${c.attended} · spoke at ${c.spoke} · ${person.articles.total} articles${person.aliases.length ? ` · also ${person.aliases.join('、')}` : ''}`),
    graphView(person.id),
    h(
      'div',
      { class: 'columns' },
      section(
        'Meetings',
        pages('meetings', meetings.total, meetingsOffset),
        list(
          'meetings',
          meetings.items.map((m) => [h('span', { class: 'meta' }, `${m.date ?? '—'} · ${ROLE_NAMES[m.role]} · `), link(m.id, m.name), evidence(m.evidence)]),
          'no meetings',
        ),
      ),
      h(
        'div',
        {},
        // Each post once, newest first, with the days it was seen and its holders before and after.
        section('Posts', list('posts', posts.items.map(tenureRow), 'no posts in the text')),
        section('Meets most with', list('co', co.items.map((r) => [link(r.person.id, r.person.name), h('span', { class: 'meta' }, ` · ${r.count} shared meetings`)]), 'nobody yet')),
        section('Articles', pages('articles', person.articles.total, articlesOffset), list('articles', person.articles.items.map((a) => [h('span', { class: 'meta' }, `${a.date ?? ''} `), link(a.id, a.title)]))),
      ),
    ),
  );
}
