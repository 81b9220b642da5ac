// The learned tagger measured alone and combined with the rules, beside jieba's tags: on the
// CLUENER2020 dev sentences (its six types that matter here) and on the People's Daily dev split
// (PER, LOC, ORG). "Combined" is the extractor's people recogniser, which asks the tagger about the
// names it is unsure of; for the other types the extractor reads no bare sentences, so only the
// tagger and jieba are shown.
import { existsSync, readFileSync } from 'node:fs';
import { tokenize } from '../extract/core/tokens.js';
import { ENTITY_TYPES, taggedSpans, type EntityType } from '../extract/tagger/tagger.js';
import { readCluener, type CluenerSentence } from './cluener.js';
import { jiebaEntities, type BaselineType } from './jieba-baseline.js';
import { add, compareSets, emptyScore, type Score } from './scores.js';
import { sentencePeople } from './sentence-people.js';

export interface TypeScores {
  tagger: Score;
  combined: Score | null;
  jieba: Score | null;
}

export interface TaggerEval {
  sentences: number;
  types: Record<string, TypeScores>;
}

interface Entity {
  type: string;
  start: number;
  end: number;
}

/** Which of jieba's entity tags stands for a CLUENER type: nt for each kind of body. */
const JIEBA_FOR_CLUENER: Partial<Record<EntityType, BaselineType>> = { name: 'PER', address: 'LOC', government: 'ORG', organization: 'ORG', company: 'ORG' };
/** CLUENER's types as People's Daily's: it splits ORG three ways (README: "The learned tagger"). */
const PD_FOR_CLUENER: Partial<Record<EntityType, string>> = { name: 'PER', address: 'LOC', government: 'ORG', organization: 'ORG', company: 'ORG' };

const keys = (entities: readonly Entity[], type: string) => entities.filter((e) => e.type === type).map((e) => `${e.start}:${e.end}`);

function score(sentences: ReadonlyArray<{ text: string; entities: Entity[] }>, types: readonly string[], tagType: (t: EntityType) => string | undefined, jiebaType: (t: string) => BaselineType | undefined, personType: string): TaggerEval {
  const out: Record<string, TypeScores> = Object.fromEntries(types.map((t) => [t, { tagger: emptyScore(), combined: t === personType ? emptyScore() : null, jieba: jiebaType(t) ? emptyScore() : null }]));
  for (const s of sentences) {
    const tokens = tokenize(s.text);
    const tagged = taggedSpans(s.text, tokens, 0).flatMap((e) => {
      const type = tagType(e.type);
      return type ? [{ ...e, type }] : [];
    });
    const jieba = jiebaEntities(s.text);
    for (const type of types) {
      const scores = out[type] as TypeScores;
      const gold = keys(s.entities, type);
      add(scores.tagger, compareSets(keys(tagged, type), gold));
      const base = jiebaType(type);
      if (scores.jieba && base) add(scores.jieba, compareSets(keys(jieba, base), gold));
      if (scores.combined) add(scores.combined, compareSets(sentencePeople(s.text).map((p) => `${p.start}:${p.end}`), gold));
    }
  }
  return { sentences: sentences.length, types: out };
}

export function evaluateTaggerOnCluener(path: string): TaggerEval | null {
  if (!existsSync(path)) return null;
  const sentences: CluenerSentence[] = readCluener(path);
  return score(sentences, ENTITY_TYPES, (t) => t, (t) => JIEBA_FOR_CLUENER[t as EntityType], 'name');
}

export function evaluateTaggerOnPeoplesDaily(path: string): TaggerEval | null {
  if (!existsSync(path)) return null;
  const rows = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; entities: Entity[] });
  return score(rows, ['PER', 'LOC', 'ORG'], (t) => PD_FOR_CLUENER[t], (t) => t as BaselineType, 'PER');
}
