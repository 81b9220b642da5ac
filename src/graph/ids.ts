// Stable, URL-safe ids: the same input gives the same id on every run and in either store.
// A readable prefix tells the type; the rest is a hash of what makes the thing itself.
import { createHash, hash as digest } from 'node:crypto';

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
  return digest('sha256', text, 'hex').slice(0, 16);
}

// The same people, bodies and places come back article after article, and a sheet asks for an
// id each time it links one; a hash is far dearer than a map lookup. Kept by type, then by key, so
// no joined string is made to look one up; cleared when full, so a long ingest does not keep every
// name it ever met.
const KNOWN_IDS = new Map<EntityType, Map<string, string>>();
const MAX_KNOWN_IDS = 50_000;
let knownIds = 0;

/** People by name, bodies by full name, documents by title; meetings by meetingId. */
export function entityId(type: EntityType, key: string): string {
  let ofType = KNOWN_IDS.get(type);
  if (!ofType) KNOWN_IDS.set(type, (ofType = new Map()));
  let id = ofType.get(key);
  if (id === undefined) {
    if (knownIds >= MAX_KNOWN_IDS) {
      for (const ids of KNOWN_IDS.values()) ids.clear();
      knownIds = 0;
    }
    id = `${PREFIX[type]}_${hash(`${type}:${key}`)}`;
    ofType.set(key, id);
    knownIds++;
  }
  return id;
}

/** What makes a meeting itself: where it was held, its name, its date, and the page that reports it. */
export interface MeetingIdentity {
  /** The division whose meeting it is (衡阳市, 湖南省, 中国), or null when the page does not tell. */
  heldIn: string | null;
  name: string;
  /** 2021-05-28, --05-28 when the year is not known, or null. */
  date: string | null;
  /** The source of the page that reports it. */
  source: string;
}

/**
 * A meeting by where it was held, its name and its date: two cities' 市委常委会会议 of one day are two.
 * One whose place, day or year is not known is kept to the page that reports it: another page's
 * 5月28日 may be of another year, its 县委 another county's.
 */
export function meetingKey(m: MeetingIdentity): string {
  const known = m.heldIn !== null && m.date !== null && !m.date.startsWith('-');
  return known ? `${m.heldIn}|${m.name}|${m.date}` : `${m.source}#${m.heldIn ?? ''}|${m.name}|${m.date ?? ''}`;
}

export const meetingId = (m: MeetingIdentity): string => entityId('Meeting', meetingKey(m));

/** An article by its source and place on the page, so an edited article keeps its id. */
export function articleId(source: string, ordinal: number): string {
  return `${PREFIX.Article}_${hash(`${source}#${ordinal}`)}`;
}

/** A page file as read with these settings (extractor version and options): equal means unchanged. */
export function pageHash(bytes: Uint8Array, settings: string): string {
  return createHash('sha256').update(settings).update('\0').update(bytes).digest('hex');
}

export function contentHash(text: string): string {
  return digest('sha256', text, 'hex');
}
