// How a FactSheet is written in the snapshot: entities and relations as arrays, a relation's ends
// as positions in the article's entity list (the article itself is -1), and its evidence once per
// sentence, as offsets in the article's text. Ids are written once per article rather than once
// per fact, which makes the snapshot a third smaller and quicker to read; evidence read back shares
// the text's memory.
import type { Entity, FactSheet, Relation } from '../model.js';

type Evidence = [number, number] | string;
/** A relation's end: an index into the entities, -1 for the article, or an id from elsewhere. */
type End = number | string;
type EncodedEntity = [string, Entity['type'], string, Entity['properties']];
type EncodedRelation = [Relation['type'], End, End, number, Relation['properties']];

export interface EncodedSheet {
  article: FactSheet['article'];
  entities: EncodedEntity[];
  evidence: Evidence[];
  relations: EncodedRelation[];
}

export function encodeSheet(sheet: FactSheet): EncodedSheet {
  const text = sheet.article.text;
  const position = new Map<string, number>([[sheet.article.id, -1]]);
  sheet.entities.forEach((e, i) => position.set(e.id, i));
  const end = (id: string): End => position.get(id) ?? id;
  const index = new Map<string, number>();
  const evidence: Evidence[] = [];
  const relations = sheet.relations.map((r): EncodedRelation => {
    let at = index.get(r.evidence);
    if (at === undefined) {
      const start = r.evidence ? text.indexOf(r.evidence) : -1;
      at = evidence.push(start >= 0 ? [start, start + r.evidence.length] : r.evidence) - 1;
      index.set(r.evidence, at);
    }
    return [r.type, end(r.source), end(r.target), at, r.properties];
  });
  return { article: sheet.article, entities: sheet.entities.map((e) => [e.id, e.type, e.name, e.properties]), evidence, relations };
}

export function decodeSheet(encoded: EncodedSheet): FactSheet {
  const { article } = encoded;
  const text = article.text;
  const evidence = encoded.evidence.map((e) => (typeof e === 'string' ? e : text.slice(e[0], e[1])));
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
