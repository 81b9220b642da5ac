// Request validation at the edge: each route states its parameters as a zod schema; a bad one is a
// 400 naming the field. Ids are checked for shape here, and people may be named instead of id'd.
import { z } from 'zod';
import { BadRequestError } from '../errors.js';
import { entityId } from '../graph/ids.js';
import { CENTRALITY_MEASURES } from '../graph/analytics/centrality.js';
import { ARTICLE_ORDERS, ENTITY_LABELS } from '../graph/model.js';
import { CSV_TABLES, EXPORT_FORMATS } from '../graph/export-formats.js';

export const MAX_LIMIT = 200;
export const MAX_OFFSET = 1_000_000_000;
/** The most nodes one graph view draws. */
export const MAX_GRAPH_NODES = 200;

/** A day of the calendar as YYYY-MM-DD: 2021-13-45 has the shape and is no day. */
const isRealDay = (value: string): boolean => {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
};
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD').refine(isRealDay, 'must be a day of the calendar');
const role = z.enum(['presided', 'attended', 'spoke']).describe('the part taken: presided, attended or spoke');

export const paging = {
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(50).describe(`page size, at most ${MAX_LIMIT}`),
  // Bounded so offset + limit stays a 32-bit integer, as Cypher list slices need.
  offset: z.coerce.number().int().min(0).max(MAX_OFFSET).default(0).describe(`items to skip, at most ${MAX_OFFSET}`),
};

export const pageQuery = z.object({ ...paging });

export const articlesQuery = z.object({
  order: z.enum(ARTICLE_ORDERS).default('oldest').describe('by date, oldest or newest first (days of unknown year after the dated, undated last)'),
  ...paging,
});

export const listQuery = z.object({
  sort: z.enum(['name', 'articles']).default('name').describe('by name, or by how many articles mention it (most first)'),
  ...paging,
});

export const meetingsQuery = z.object({
  person: z.string().min(1).optional().describe("a person's id or exact name: only the meetings they took part in"),
  role: role.optional(),
  from: isoDate.optional().describe('first date, YYYY-MM-DD'),
  to: isoDate.optional().describe('last date, YYYY-MM-DD'),
  order: z.enum(['date', 'latest']).default('date').describe('date: oldest first; latest: newest first, meetings whose year is not known after every dated one'),
  ...paging,
});

export const personMeetingsQuery = z.object({ role: role.optional(), ...paging });

export const articleSearchQuery = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(200).describe('words every article found holds: Chinese as written (two characters or more), Latin words whole, any case; up to five, split by spaces'),
  ...paging,
});

export const searchQuery = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(100).describe('text found in a name or alias'),
  type: z.enum(ENTITY_LABELS).optional().describe('only entities of this type'),
  ...paging,
});

export const neighbourhoodQuery = z.object({
  depth: z.coerce.number().int().min(1).max(2).default(1).describe('hops from the node, 1 or 2'),
  limit: z.coerce.number().int().min(1).max(MAX_GRAPH_NODES).default(60).describe(`most nodes, at most ${MAX_GRAPH_NODES}`),
});

const nodeId = z.string().regex(/^(per|org|plc|mtg|doc|art)_[0-9a-f]{16}$/, 'must be a node id such as per_0123456789abcdef');

export const pathQuery = z.object({ from: nodeId.describe('id of the first node'), to: nodeId.describe('id of the last node') });

export const centralityQuery = z.object({
  measure: z.enum(CENTRALITY_MEASURES).default('pagerank').describe('pagerank, degree or betweenness'),
  type: z.enum(['Person', 'Meeting']).default('Person').describe('rank people or meetings'),
  ...paging,
});

export function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || 'query';
  throw new BadRequestError(field, `${field}: ${issue?.message ?? 'invalid value'}`);
}

const PERSON_ID = /^per_[0-9a-f]{16}$/;

/** A person's id, or the id their exact name gives (ids of people are derived from names). */
export function personIdOf(idOrName: string): string {
  return PERSON_ID.test(idOrName) ? idOrName : entityId('Person', idOrName.trim());
}

export const exportQuery = z.object({
  format: z.enum(EXPORT_FORMATS).default('json').describe('json or jsonl (nodes and relationships), gexf or graphml (graph tools), csv (a table)'),
  table: z.enum(CSV_TABLES).default('attendance').describe('with csv: attendance (meeting, date, person, role, order, evidence) or co-attendance (a matrix of shared meetings)'),
});
