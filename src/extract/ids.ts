// Stable, URL-safe ids: the same input gives the same id on every run and in either store.
// A readable prefix tells the type; the rest is a hash of what makes the thing itself.
import { createHash } from 'node:crypto';

export type EntityType = 'Person' | 'Organization' | 'Place' | 'Meeting' | 'Document';

const PREFIX: Record<EntityType | 'Article', string> = {
  Person: 'per',
  Organization: 'org',
  Place: 'plc',
  Meeting: 'mtg',
  Document: 'doc',
  Article: 'art',
};

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** People by name, bodies by full name, meetings by name and date, documents by title. */
export function entityId(type: EntityType, key: string): string {
  return `${PREFIX[type]}_${hash(`${type}:${key}`)}`;
}

/** An article by its source and place on the page, so an edited article keeps its id. */
export function articleId(source: string, ordinal: number): string {
  return `${PREFIX.Article}_${hash(`${source}#${ordinal}`)}`;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function typeOfId(id: string): EntityType | 'Article' | null {
  const prefix = id.slice(0, 3);
  const entry = Object.entries(PREFIX).find(([, p]) => p === prefix);
  return entry ? (entry[0] as EntityType | 'Article') : null;
}
