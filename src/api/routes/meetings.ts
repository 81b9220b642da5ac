// /api/meetings: meetings by person and date range, and one meeting with who presided, who
// attended in the order the paper lists them, the evidence sentences and the articles.
import { NotFoundError, orNotFound } from '../../errors.js';
import type { GraphStore } from '../../graph/store.js';
import type { Operation } from '../operation.js';
import { meetingsQuery, parse, personIdOf } from '../params.js';

export function meetingOperations(store: GraphStore): Operation[] {
  return [
    {
      method: 'get',
      path: '/api/meetings',
      tag: 'meetings',
      summary: 'Meetings by date, optionally those a person took part in and within a date range',
      query: meetingsQuery,
      errors: [404],
      async handler(req, res) {
        const q = parse(meetingsQuery, req.query);
        const personId = q.person ? personIdOf(q.person) : undefined;
        if (personId && !(await store.person(personId))) throw new NotFoundError(`no person "${q.person}"`);
        res.json(await store.meetings({ personId, role: q.role, from: q.from, to: q.to, order: q.order, limit: q.limit, offset: q.offset }));
      },
    },
    {
      method: 'get',
      path: '/api/meetings/:id',
      tag: 'meetings',
      summary: 'One meeting: who presided, who attended in listed order, who spoke, each with evidence; places, documents, articles',
      pathParams: { id: 'meeting id' },
      errors: [404],
      async handler(req, res) {
        const meeting = orNotFound(await store.meeting(String(req.params.id)), `meeting "${req.params.id}"`);
        res.json(meeting);
      },
    },
  ];
}
