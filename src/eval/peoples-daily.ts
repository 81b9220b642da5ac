// Scores person recognition on the People's Daily NER dev split (read in place, never copied into
// the repository): exact spans, ours beside the jieba-tag baseline.
import { existsSync, readFileSync } from 'node:fs';
import { jiebaEntities } from './jieba-baseline.js';
import { add, compareSets, emptyScore, type Score } from './scores.js';
import { sentencePeople } from './sentence-people.js';

export interface PeoplesDailyResult {
  sentences: number;
  ours: Score;
  jieba: Score;
}

interface Row {
  text: string;
  entities: Array<{ type: string; start: number; end: number }>;
}

export function scorePeoplesDaily(path: string): PeoplesDailyResult | null {
  if (!existsSync(path)) return null;
  const rows = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
  const ours = emptyScore();
  const jieba = emptyScore();
  for (const row of rows) {
    const gold = row.entities.filter((e) => e.type === 'PER').map((e) => `${e.start}:${e.end}`);
    add(ours, compareSets(sentencePeople(row.text).map((p) => `${p.start}:${p.end}`), gold));
    add(jieba, compareSets(jiebaEntities(row.text).filter((e) => e.type === 'PER').map((e) => `${e.start}:${e.end}`), gold));
  }
  return { sentences: rows.length, ours, jieba };
}
