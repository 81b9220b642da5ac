// A person's page: posts with their bodies and evidence, the meetings they presided over,
// attended or spoke at (with evidence), who they meet most, and their neighbourhood as a graph.
import { enc, getJson, type Page, type Ref } from '../api.js';
import { evidence, evidences, groupBy, h, link, list, section } from '../dom.js';
import { graphView } from '../graph-view.js';

interface Person {
  id: string;
  name: string;
  aliases: string[];
  posts: Page<{ title: string; former: boolean; organization: Ref; evidence: string }>;
  meetingCounts: { presided: number; attended: number; spoke: number };
  articles: Page<Ref & { title: string; date: string | null }>;
}

interface PersonMeeting extends Ref {
  date: string | null;
  role: 'presided' | 'attended' | 'spoke';
  evidence: string;
}

const ROLE_NAMES = { presided: '主持 presided', attended: '出席 attended', spoke: '讲话 spoke' };

export async function personPage(id: string): Promise<HTMLElement> {
  const [person, meetings, co] = await Promise.all([
    getJson<Person>(`/api/people/${enc(id)}?limit=200`),
    getJson<Page<PersonMeeting>>(`/api/people/${enc(id)}/meetings?limit=200`),
    getJson<Page<{ person: Ref; count: number }>>(`/api/people/${enc(id)}/co-attendees?limit=12`),
  ]);
  const c = person.meetingCounts;
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
        list(
          'meetings',
          meetings.items.map((m) => [h('span', { class: 'meta' }, `${m.date ?? '—'} · ${ROLE_NAMES[m.role]} · `), link(m.id, m.name), evidence(m.evidence)]),
          'no meetings',
        ),
      ),
      h(
        'div',
        {},
        section(
          'Posts',
          // A post told in several articles is one row, with how many say it and each sentence once.
          list(
            'posts',
            groupBy(person.posts.items, (p) => `${p.former}|${p.title}|${p.organization.id}`).map((said) => {
              const p = said[0] as (typeof said)[number];
              const count = said.length > 1 ? h('span', { class: 'meta count' }, ` · ${said.length}×`) : null;
              return [h('b', {}, `${p.former ? '原' : ''}${p.title}`), ' · ', link(p.organization.id, p.organization.name), count, evidences(said.map((x) => x.evidence))];
            }),
            'no posts in the text',
          ),
        ),
        section('Meets most with', list('co', co.items.map((r) => [link(r.person.id, r.person.name), h('span', { class: 'meta' }, ` · ${r.count} shared meetings`)]), 'nobody yet')),
        section('Articles', list('articles', person.articles.items.map((a) => [h('span', { class: 'meta' }, `${a.date ?? ''} `), link(a.id, a.title)]))),
      ),
    ),
  );
}
