// Checks a FactSheet on its way into a store: a sheet from elsewhere (an API client, an old file)
// must not leave a store half-written or holding dangling relations.
import { z } from 'zod';
import { InputError } from '../errors.js';
import { RELATION_TYPES } from './fact-sheet.js';
import type { FactSheet } from './model.js';

const id = z.string().regex(/^[a-z]{3}_[0-9a-f]{16}$/);
const value = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

const factSheetSchema = z.object({
  article: z.object({
    id,
    title: z.string(),
    subtitle: z.string().nullable(),
    byline: z.array(z.string()),
    date: z.string().nullable(),
    source: z.string().min(1),
    ordinal: z.number().int().nonnegative(),
    contentHash: z.string().min(1),
    extractorVersion: z.string().min(1),
    text: z.string(),
    pageHash: z.string().min(1).optional(),
    pageArticles: z.number().int().positive().optional(),
  }),
  entities: z.array(
    z.object({
      id,
      type: z.enum(['Person', 'Organization', 'Place', 'Meeting', 'Document']),
      name: z.string().min(1),
      properties: z.record(z.string(), value),
    }),
  ),
  relations: z.array(
    z.object({
      type: z.enum(RELATION_TYPES),
      source: id,
      target: id,
      evidence: z.string(),
      properties: z.record(z.string(), value),
    }),
  ),
});

export function validateFactSheet(sheet: unknown): FactSheet {
  const parsed = factSheetSchema.safeParse(sheet);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`invalid FactSheet at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'unknown problem'}`);
  }
  const known = new Set([parsed.data.article.id, ...parsed.data.entities.map((e) => e.id)]);
  const dangling = parsed.data.relations.find((r) => !known.has(r.source) || !known.has(r.target));
  if (dangling) throw new InputError(`invalid FactSheet: ${dangling.type} relation points at an entity the sheet does not hold`);
  return parsed.data as FactSheet;
}
