// A meeting's page: who presided, who attended in the order the paper lists them, who spoke, each
// with the sentence that says so; where, by whom, what it reviewed, and the reports.
import { enc, getJson, type Ref } from '../api.js';
import { evidence, h, link, list, section } from '../dom.js';
import type { Child } from '../dom.js';
import { graphView } from '../graph-view.js';
import { dayText, heldText } from '../meeting-text.js';

interface RoleEntry {
  person: Ref;
  evidence: string;
}

interface Meeting {
  id: string;
  name: string;
  kind: string | null;
  date: string | null;
  time: string | null;
  heldBy: string | null;
  presided: RoleEntry[];
  attendees: Array<RoleEntry & { order: number | null }>;
  speakers: RoleEntry[];
  places: Ref[];
  organizers: Ref[];
  documents: Array<{ id: string; title: string; evidence: string }>;
  articles: Array<Ref & { title: string; date: string | null }>;
}

/** People in the given order, those one sentence names together in one row with the sentence once. */
function roleRows(entries: RoleEntry[]): Child[][] {
  const runs: RoleEntry[][] = [];
  for (const e of entries) {
    const run = runs.at(-1);
    if (run && run[0]?.evidence === e.evidence) run.push(e);
    else runs.push([e]);
  }
  return runs.map((run) => [...run.flatMap((e, i) => [i ? '、' : null, link(e.person.id, e.person.name)]), evidence(run[0]?.evidence ?? '')]);
}

export async function meetingPage(id: string): Promise<HTMLElement> {
  const m = await getJson<Meeting>(`/api/meetings/${enc(id)}`);
  const when = dayText(m.date, m.time);
  return h(
    'div',
    { class: 'meeting', 'data-id': m.id },
    h('h1', {}, m.name),
    h('p', { class: 'meta' }, `${when}${m.kind ? ` · ${m.kind}` : ''}${heldText(m.heldBy)}`, ...m.places.flatMap((p) => [' · ', link(p.id, p.name)]), ...m.organizers.flatMap((o) => [' · ', link(o.id, o.name)])),
    h(
      'div',
      { class: 'columns' },
      h(
        'div',
        {},
        section('主持 Presided', list('presided', roleRows(m.presided), 'not named')),
        section('出席 Attendees, in listed order', list('attendees', roleRows(m.attendees), 'none listed')),
        m.speakers.length ? section('讲话 Spoke', list('speakers', roleRows(m.speakers))) : null,
        m.documents.length ? section('审议 Reviewed', list('documents', m.documents.map((d) => [link(d.id, `《${d.title}》`), evidence(d.evidence)]))) : null,
        section('Reported in', list('articles', m.articles.map((a) => [h('span', { class: 'meta' }, `${a.date ?? ''} `), link(a.id, a.title)]))),
      ),
      graphView(m.id),
    ),
  );
}
