// How FactSheets are written in the snapshot. Most of what an article says of its entities and
// relations repeats what other articles say (the same person as most describe them, {order: 3}), so
// the snapshot keeps tables of them, each value written once, on the line of the first article that
// uses it; an article lists its entities by table number, and a relation is five plain values: its
// type, its ends as positions in the article's entity list (the article itself is -1), its evidence
// as offsets in the article's text and its properties by number. Reading it back parses a third of
// the JSON and hands out one object per repeated value, which the graph keeps as is.
import type { Entity, FactSheet, Relation } from '../model.js';

type Evidence = [number, number] | string;
/** A relation's end: an index into the entities, -1 for the article, or an id from elsewhere. */
type End = number | string;
type EncodedEntity = [string, Entity['type'], string, Entity['properties']];

/** Table entries an article's line brings, appended to the tables in this order. */
interface Definitions {
  entities?: EncodedEntity[];
  props?: Array<Relation['properties']>;
  types?: Array<Relation['type']>;
}

export interface EncodedSheet {
  defs?: Definitions;
  article: FactSheet['article'];
  /** Entity table numbers. */
  entities: number[];
  evidence: Evidence[];
  /** Five values per relation: type number, source end, target end, evidence index, properties number. */
  relations: Array<number | string>;
}

const FIELDS = 5;

/** Numbers values in the order they are first met, by a key of their content. */
class Table<T> {
  private readonly numbers = new Map<string, number>();
  fresh: T[] = [];

  numberOf(key: string, value: T): number {
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.numbers.size;
      this.numbers.set(key, n);
      this.fresh.push(value);
    }
    return n;
  }

  /** The values numbered since the last call. */
  takeFresh(): T[] | undefined {
    if (this.fresh.length === 0) return undefined;
    const taken = this.fresh;
    this.fresh = [];
    return taken;
  }
}

/** Encodes the sheets of one snapshot, in order: a line's table numbers count on the lines before it. */
export class SnapshotEncoder {
  private readonly entities = new Table<EncodedEntity>();
  private readonly props = new Table<Relation['properties']>();
  private readonly types = new Table<Relation['type']>();

  encode(sheet: FactSheet): EncodedSheet {
    const text = sheet.article.text;
    const position = new Map<string, number>([[sheet.article.id, -1]]);
    const entities = sheet.entities.map((e, i) => {
      position.set(e.id, i);
      const encoded: EncodedEntity = [e.id, e.type, e.name, e.properties];
      return this.entities.numberOf(JSON.stringify(encoded), encoded);
    });
    const end = (id: string): End => position.get(id) ?? id;
    const index = new Map<string, number>();
    const evidence: Evidence[] = [];
    const relations: Array<number | string> = [];
    for (const r of sheet.relations) {
      let at = index.get(r.evidence);
      if (at === undefined) {
        const start = r.evidence ? text.indexOf(r.evidence) : -1;
        at = evidence.push(start >= 0 ? [start, start + r.evidence.length] : r.evidence) - 1;
        index.set(r.evidence, at);
      }
      relations.push(this.types.numberOf(r.type, r.type), end(r.source), end(r.target), at, this.props.numberOf(JSON.stringify(r.properties), r.properties));
    }
    const defs: Definitions = { entities: this.entities.takeFresh(), props: this.props.takeFresh(), types: this.types.takeFresh() };
    const encoded: EncodedSheet = { article: sheet.article, entities, evidence, relations };
    return defs.entities || defs.props || defs.types ? { defs, ...encoded } : encoded;
  }
}

/** Decodes the lines of one snapshot, in order. Equal table values come back as one shared object. */
export class SnapshotDecoder {
  private readonly entities: Entity[] = [];
  private readonly props: Array<Relation['properties']> = [];
  private readonly types: Array<Relation['type']> = [];

  decode(encoded: EncodedSheet): FactSheet {
    const { defs, article } = encoded;
    if (defs) {
      for (const [id, type, name, properties] of defs.entities ?? []) this.entities.push({ id, type, name, properties });
      for (const p of defs.props ?? []) this.props.push(p);
      for (const t of defs.types ?? []) this.types.push(t);
    }
    const evidence = evidenceOf(article.text, encoded.evidence);
    const entities = encoded.entities.map((n) => this.lookUp(this.entities, n));
    const id = (end: End): string => (typeof end === 'string' ? end : end < 0 ? article.id : this.lookUp(entities, end).id);
    const relations: Relation[] = [];
    const r = encoded.relations;
    if (r.length % FIELDS !== 0) throw new Error(`relations hold ${r.length} values, not a multiple of ${FIELDS}`);
    for (let i = 0; i < r.length; i += FIELDS) {
      relations.push({
        type: this.lookUp(this.types, r[i] as number),
        source: id(r[i + 1] as End),
        target: id(r[i + 2] as End),
        evidence: this.lookUp(evidence, r[i + 3] as number),
        properties: this.lookUp(this.props, r[i + 4] as number),
      });
    }
    return { article, entities, relations };
  }

  private lookUp<T>(table: T[], n: number): T {
    const value = table[n];
    if (value === undefined) throw new Error(`no table entry ${n}`);
    return value;
  }
}

/** Evidence sentences read back as slices of the article's text (offsets), or as written. */
function evidenceOf(text: string, evidence: Evidence[]): string[] {
  return evidence.map((e) => (typeof e === 'string' ? e : text.slice(e[0], e[1])));
}

/** The snapshot of format 2: each article's entities and relations written out in full. */
export interface LegacyEncodedSheet {
  article: FactSheet['article'];
  entities: EncodedEntity[];
  evidence: Evidence[];
  relations: Array<[Relation['type'], End, End, number, Relation['properties']]>;
}

export function decodeLegacySheet(encoded: LegacyEncodedSheet): FactSheet {
  const { article } = encoded;
  const evidence = evidenceOf(article.text, encoded.evidence);
  const entities = encoded.entities.map(([id, type, name, properties]): Entity => ({ id, type, name, properties }));
  const id = (end: End): string => (typeof end === 'string' ? end : end < 0 ? article.id : (entities[end] as Entity).id);
  return {
    article,
    entities,
    relations: encoded.relations.map(([type, source, target, at, properties]) => ({ type, source: id(source), target: id(target), evidence: evidence[at] as string, properties })),
  };
}

/** Evidence that is a sentence of the article's text, as a slice of it: one copy of each sentence. */
export function shareText(sheet: FactSheet): FactSheet {
  const text = sheet.article.text;
  const seen = new Map<string, string>();
  for (const r of sheet.relations) {
    let same = seen.get(r.evidence);
    if (same === undefined) {
      const at = r.evidence ? text.indexOf(r.evidence) : -1;
      same = at >= 0 ? text.slice(at, at + r.evidence.length) : r.evidence;
      seen.set(r.evidence, same);
    }
    r.evidence = same;
  }
  return sheet;
}
