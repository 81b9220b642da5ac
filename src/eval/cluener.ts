// The CLUENER2020 sentences (../shared/train/cluener2020, read in place, never copied into the
// repository): each sentence with its entities as spans, end exclusive (the files' ends are
// inclusive), and per-type scores of any recogniser against them by exact span.
import { existsSync, readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { add, compareSets, emptyScore, type Score } from './scores.js';

export interface CluenerSentence {
  text: string;
  entities: Array<{ type: string; start: number; end: number }>;
}

interface Row {
  text: string;
  label?: Record<string, Record<string, Array<[number, number]>>>;
}

export function readCluener(path: string): CluenerSentence[] {
  if (!existsSync(path)) throw new InputError(`${path}: no CLUENER2020 file there`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, k) => {
      let row: Row;
      try {
        row = JSON.parse(line) as Row;
      } catch (cause) {
        throw new InputError(`${path}:${k + 1}: not a JSON line`, { cause });
      }
      const entities: CluenerSentence['entities'] = [];
      for (const [type, mentions] of Object.entries(row.label ?? {})) {
        for (const spans of Object.values(mentions)) for (const [start, end] of spans) entities.push({ type, start, end: end + 1 });
      }
      return { text: row.text, entities: entities.sort((a, b) => a.start - b.start) };
    });
}

export type CluenerScores = Record<string, Score>;

/** Per type, what `recognise` finds against the gold of each sentence, by exact span. */
export function scoreCluener(sentences: readonly CluenerSentence[], types: readonly string[], recognise: (text: string) => Array<{ type: string; start: number; end: number }>): CluenerScores {
  const scores: CluenerScores = Object.fromEntries(types.map((t) => [t, emptyScore()]));
  for (const s of sentences) {
    const found = recognise(s.text);
    for (const type of types) {
      const keys = (list: Array<{ type: string; start: number; end: number }>) => list.filter((e) => e.type === type).map((e) => `${e.start}:${e.end}`);
      add(scores[type] as Score, compareSets(keys(found), keys(s.entities)));
    }
  }
  return scores;
}
