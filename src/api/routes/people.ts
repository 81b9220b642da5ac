// /api/people/:id (an id or an exact name): posts with evidence, meeting counts, articles; and
// /api/people/:id/meetings?role=presided|attended|spoke.
import { Router } from 'express';
import { NotFoundError } from '../../errors.js';
import type { GraphStore } from '../../graph/store.js';
import { parse, personIdOf, personMeetingsQuery } from '../params.js';

export function peopleRouter(store: GraphStore): Router {
  const router = Router();
  router.get('/people/:id', async (req, res) => {
    const person = await store.person(personIdOf(req.params.id));
    if (!person) throw new NotFoundError(`no person "${req.params.id}"`);
    res.json(person);
  });
  router.get('/people/:id/meetings', async (req, res) => {
    const q = parse(personMeetingsQuery, req.query);
    const id = personIdOf(req.params.id);
    const meetings = await store.personMeetings(id, q.role, q.limit, q.offset);
    if (!meetings) throw new NotFoundError(`no person "${req.params.id}"`);
    const person = await store.person(id);
    res.json({ person: { id, name: person?.name ?? req.params.id }, role: q.role ?? null, ...meetings });
  });
  return router;
}
