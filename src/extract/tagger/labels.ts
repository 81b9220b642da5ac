// What the tagger reads: the CLUENER2020 types that name what a city paper reports on (people,
// posts, government bodies, other bodies, companies, places), each as B(egin) and I(nside) labels
// around O(utside). Label k > 0 is B of type (k - 1) / 2 when odd, I of it when even.

export const ENTITY_TYPES = ['name', 'position', 'government', 'organization', 'company', 'address'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const LABELS = 1 + 2 * ENTITY_TYPES.length;
export const OUTSIDE = 0;
export const begins = (type: number): number => 1 + 2 * type;
export const inside = (type: number): number => 2 + 2 * type;
/** The type index of a B or I label. */
export const typeOf = (label: number): number => (label - 1) >> 1;
export const isInside = (label: number): boolean => label > 0 && label % 2 === 0;

/** Whether `next` may follow `prev`: an I label only continues its own type. */
export function allowed(prev: number, next: number): boolean {
  return !isInside(next) || (prev !== OUTSIDE && typeOf(prev) === typeOf(next));
}

export interface TaggedSpan {
  type: EntityType;
  start: number;
  end: number;
}

/** The spans a label sequence marks, offsets relative to the sequence. */
export function spansOf(labels: ArrayLike<number>): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open: TaggedSpan | null = null;
  for (let i = 0; i <= labels.length; i++) {
    const label = i < labels.length ? (labels[i] as number) : OUTSIDE;
    if (open && !(isInside(label) && ENTITY_TYPES[typeOf(label)] === open.type)) {
      open.end = i;
      spans.push(open);
      open = null;
    }
    if (label !== OUTSIDE && !isInside(label)) open = { type: ENTITY_TYPES[typeOf(label)] as EntityType, start: i, end: i + 1 };
  }
  return spans;
}
