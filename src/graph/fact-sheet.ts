// The FactSheet: everything extraction says about one article, the unit the stores write ("replace
// all facts of article A with this sheet"). The graph defines it; extraction fills it.
import type { EntityType } from './ids.js';

export const RELATION_TYPES = [
  'PRESIDED', 'ATTENDED', 'SPOKE_AT', 'HOLDS_POSITION', 'VISITED', 'HELD_AT', 'ORGANIZED_BY', 'REVIEWED', 'SIGNED_WITH',
  'LOCATED_IN', 'REPORTED', 'REPORTS',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export type PropertyValue = string | number | boolean | null | string[];

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  properties: Record<string, PropertyValue>;
}

export interface Relation {
  type: RelationType;
  source: string;
  target: string;
  evidence: string;
  properties: Record<string, PropertyValue>;
}

export interface ArticleRecord {
  id: string;
  title: string;
  subtitle: string | null;
  byline: string[];
  date: string | null;
  source: string;
  ordinal: number;
  contentHash: string;
  extractorVersion: string;
  text: string;
  /** When a store took the article in (ISO time); set at write, never by extraction. */
  ingestedAt?: string;
  /**
   * The page file's bytes and the extraction settings, hashed (ids.ts pageHash): while they are
   * the same, a re-ingest does not read the page again. Set by an ingest of files.
   */
  pageHash?: string;
  /** How many articles that page gave: a page some of whose articles the store lacks is read again. */
  pageArticles?: number;
}

export interface FactSheet {
  article: ArticleRecord;
  entities: Entity[];
  relations: Relation[];
}
