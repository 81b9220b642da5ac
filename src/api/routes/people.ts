// /api/people: the people list, one person (by id or exact name) with posts and evidence, their
// meetings, their timeline, their posts as tenures with who came before and after, and who they meet with.
import { orNotFound } from '../../errors.js';
import type { GraphStore } from '../../graph/store.js';
import { personPage } from '../../graph/person-page.js';
import { tenures } from '../../graph/succession.js';
import { timeline } from '../../graph/timeline.js';
import { pageOf } from '../../graph/model.js';
import type { Operation } from '../operation.js';
import { listQuery, pageQuery, parse, personIdOf, personMeetingsQuery } from '../params.js';

const PERSON = { id: "person id, or the person's exact name" };

export function peopleOperations(store: GraphStore): Operation[] {
  return [
    {
      method: 'get',
      path: '/api/people',
      tag: 'people',
      summary: 'People, by name or by how many articles mention them',
      query: listQuery,
      async handler(req, res) {
        const q = parse(listQuery, req.query);
        res.json(await store.entities('Person', q.sort, q.limit, q.offset));
      },
    },
    {
      method: 'get',
      path: '/api/people/:id',
      tag: 'people',
      summary: 'One person: posts with their bodies and evidence, meeting counts, articles; posts and articles a page each (limit, offset, total)',
      pathParams: PERSON,
      query: pageQuery,
      errors: [404],
      async handler(req, res) {
        const q = parse(pageQuery, req.query);
        const person = orNotFound(await store.person(personIdOf(String(req.params.id))), `person "${req.params.id}"`);
        res.json(personPage(person, q.limit, q.offset));
      },
    },
    {
      method: 'get',
      path: '/api/people/:id/meetings',
      tag: 'people',
      summary: 'The meetings a person presided over, attended or spoke at, by date, with evidence',
      pathParams: PERSON,
      query: personMeetingsQuery,
      errors: [404],
      async handler(req, res) {
        const q = parse(personMeetingsQuery, req.query);
        const id = personIdOf(String(req.params.id));
        const { person, ...meetings } = orNotFound(await store.personMeetings(id, q.role, q.limit, q.offset), `person "${req.params.id}"`);
        res.json({ person, role: q.role ?? null, ...meetings });
      },
    },
    {
      method: 'get',
      path: '/api/people/:id/timeline',
      tag: 'people',
      summary: "A person's posts and meetings by date, a page of them (limit, offset, total)",
      pathParams: PERSON,
      query: pageQuery,
      errors: [404],
      async handler(req, res) {
        const q = parse(pageQuery, req.query);
        const found = orNotFound(await timeline(store, personIdOf(String(req.params.id)), q.limit, q.offset), `person "${req.params.id}"`);
        res.json(found);
      },
    },
    {
      method: 'get',
      path: '/api/people/:id/posts',
      tag: 'people',
      summary: "A person's posts as tenures, newest first: the first and last day the papers give each, how many articles, each sentence once, and who held the same title in the same body before and after",
      pathParams: PERSON,
      query: pageQuery,
      errors: [404],
      async handler(req, res) {
        const q = parse(pageQuery, req.query);
        const found = orNotFound(await tenures(store, personIdOf(String(req.params.id))), `person "${req.params.id}"`);
        res.json({ person: found.person, ...pageOf(found.tenures, q.limit, q.offset) });
      },
    },
    {
      method: 'get',
      path: '/api/people/:id/co-attendees',
      tag: 'people',
      summary: 'Who took part in the same meetings as a person, how often, and in which meetings',
      pathParams: PERSON,
      query: pageQuery,
      errors: [404],
      async handler(req, res) {
        const q = parse(pageQuery, req.query);
        const id = personIdOf(String(req.params.id));
        const page = orNotFound(await store.coAttendees(id, q.limit, q.offset), `person "${req.params.id}"`);
        res.json(page);
      },
    },
  ];
}
