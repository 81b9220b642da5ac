// A person's timeline: every post the papers give them and every meeting they took part in, by
// date. Built from the person and person-meetings named queries, so both stores agree by design.
import { pageOf, type MeetingRole, type Page, type PersonDetail } from './model.js';
import type { GraphStore } from './store.js';

export type TimelineEntry =
  | { kind: 'post'; date: string | null; title: string; role: string | null; former: boolean; organization: { id: string; name: string }; evidence: string; articleId: string }
  | { kind: 'meeting'; date: string | null; time: string | null; role: MeetingRole; meeting: { id: string; name: string }; evidence: string; articleId: string };

const PAGE = 200;

/** `limit` entries from `offset` on, of all the person's entries by date, with their total. */
export async function timeline(store: GraphStore, personId: string, limit: number, offset: number): Promise<{ person: Pick<PersonDetail, 'id' | 'name'>; entries: Page<TimelineEntry> } | null> {
  const person = await store.person(personId);
  if (!person) return null;
  const articleDate = new Map(person.articles.map((a) => [a.id, a.date]));
  const entries: TimelineEntry[] = person.posts.map((p) => ({
    kind: 'post',
    date: articleDate.get(p.articleId) ?? null,
    title: p.title,
    role: p.role,
    former: p.former,
    organization: { id: p.organization.id, name: p.organization.name },
    evidence: p.evidence,
    articleId: p.articleId,
  }));
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.personMeetings(personId, undefined, PAGE, offset);
    for (const m of page?.items ?? []) {
      entries.push({ kind: 'meeting', date: m.date, time: m.time, role: m.role, meeting: { id: m.id, name: m.name }, evidence: m.evidence, articleId: m.articleId });
    }
    if (!page || offset + PAGE >= page.total) break;
  }
  // Days of unknown year (--01-05) after every dated one; entries with no day last.
  const key = (e: TimelineEntry) => [e.date === null ? '2' : e.date.startsWith('--') ? '1' : '0', e.date ?? '', e.kind === 'post' ? '0' : '1', e.kind === 'post' ? e.title : e.meeting.name].join('|');
  entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { person: { id: person.id, name: person.name }, entries: pageOf(entries, limit, offset) };
}
