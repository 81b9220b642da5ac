// Lists and pages of organisations, places and documents, and any entity by id (the web page
// opens nodes of every type through it).
import { NotFoundError, orNotFound } from '../../errors.js';
import type { EntityLabel } from '../../graph/model.js';
import type { GraphStore } from '../../graph/store.js';
import type { Operation } from '../operation.js';
import { listQuery, parse } from '../params.js';

const COLLECTIONS: Array<{ path: string; label: EntityLabel; plural: string; singular: string }> = [
  { path: '/api/organizations', label: 'Organization', plural: 'Organisations', singular: 'organisation' },
  { path: '/api/places', label: 'Place', plural: 'Places', singular: 'place' },
  { path: '/api/documents', label: 'Document', plural: 'Documents', singular: 'document' },
];

export function entityOperations(store: GraphStore): Operation[] {
  const collections = COLLECTIONS.flatMap(({ path, label, plural, singular }): Operation[] => [
    {
      method: 'get',
      path,
      tag: 'entities',
      summary: `${plural}, by name or by how many articles mention them`,
      query: listQuery,
      async handler(req, res) {
        const q = parse(listQuery, req.query);
        res.json(await store.entities(label, q.sort, q.limit, q.offset));
      },
    },
    {
      method: 'get',
      path: `${path}/:id`,
      tag: 'entities',
      summary: `One ${singular} with its properties, every relationship with evidence, and its articles`,
      pathParams: { id: `${singular} id` },
      errors: [404],
      async handler(req, res) {
        const entity = await store.entity(String(req.params.id));
        if (!entity || entity.type !== label) throw new NotFoundError(`no ${singular} "${req.params.id}"`);
        res.json(entity);
      },
    },
  ]);
  return [
    ...collections,
    {
      method: 'get',
      path: '/api/entities/:id',
      tag: 'entities',
      summary: 'Any entity (person, organisation, place, meeting, document) with its properties and relationships',
      pathParams: { id: 'entity id' },
      errors: [404],
      async handler(req, res) {
        const entity = orNotFound(await store.entity(String(req.params.id)), `entity "${req.params.id}"`);
        res.json(entity);
      },
    },
  ];
}
