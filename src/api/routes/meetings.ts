// /api/meetings: meetings by person and date range, and one meeting with who presided, who
// attended in the order the paper lists them, the evidence sentences and the articles.
import { Router } from 'express';
import { NotFoundError } from '../../errors.js';
import type { GraphStore } from '../../graph/store.js';
import { meetingsQuery, parse, personIdOf } from '../params.js';

export function meetingsRouter(store: GraphStore): Router {
  const router = Router();
  router.get('/meetings', async (req, res) => {
    const q = parse(meetingsQuery, req.query);
    const personId = q.person ? personIdOf(q.person) : undefined;
    if (personId && !(await store.person(personId))) throw new NotFoundError(`no person "${q.person}"`);
    res.json(await store.meetings({ personId, role: q.role, from: q.from, to: q.to, limit: q.limit, offset: q.offset }));
  });
  router.get('/meetings/:id', async (req, res) => {
    const meeting = await store.meeting(req.params.id);
    if (!meeting) throw new NotFoundError(`no meeting "${req.params.id}"`);
    res.json(meeting);
  });
  return router;
}
