// How a FactSheet is written in the snapshot: relations as arrays, and their evidence once per
// sentence, as its offsets in the article's text. Several relations cite each sentence, so this
// halves the snapshot, and reading it back gives evidence that shares the text's memory.
import type { FactSheet, Relation } from '../model.js';

type Evidence = [number, number] | string;
type EncodedRelation = [Relation['type'], string, string, number, Relation['properties']];

export interface EncodedSheet {
  article: FactSheet['article'];
  entities: FactSheet['entities'];
  evidence: Evidence[];
  relations: EncodedRelation[];
}

export function encodeSheet(sheet: FactSheet): EncodedSheet {
  const text = sheet.article.text;
  const index = new Map<string, number>();
  const evidence: Evidence[] = [];
  const relations = sheet.relations.map((r): EncodedRelation => {
    let at = index.get(r.evidence);
    if (at === undefined) {
      const start = r.evidence ? text.indexOf(r.evidence) : -1;
      at = evidence.push(start >= 0 ? [start, start + r.evidence.length] : r.evidence) - 1;
      index.set(r.evidence, at);
    }
    return [r.type, r.source, r.target, at, r.properties];
  });
  return { article: sheet.article, entities: sheet.entities, evidence, relations };
}

export function decodeSheet(encoded: EncodedSheet): FactSheet {
  const text = encoded.article.text;
  const evidence = encoded.evidence.map((e) => (typeof e === 'string' ? e : text.slice(e[0], e[1])));
  return {
    article: encoded.article,
    entities: encoded.entities,
    relations: encoded.relations.map(([type, source, target, at, properties]) => ({ type, source, target, evidence: evidence[at] as string, properties })),
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
