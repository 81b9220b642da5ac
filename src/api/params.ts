// Request validation at the edge: each route states its parameters as a zod schema; a bad one is a
// 400 naming the field. Ids are checked for shape here, and people may be named instead of id'd.
import { z } from 'zod';
import { BadRequestError } from '../errors.js';
import { entityId } from '../extract/ids.js';

export const MAX_LIMIT = 200;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');

export const paging = {
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

export const meetingsQuery = z.object({
  person: z.string().min(1).optional(),
  role: z.enum(['presided', 'attended', 'spoke']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  ...paging,
});

export const personMeetingsQuery = z.object({
  role: z.enum(['presided', 'attended', 'spoke']).optional(),
  ...paging,
});

export const searchQuery = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(100),
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
