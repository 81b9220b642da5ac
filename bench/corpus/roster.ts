// The people of one city in one term: its leaders (who preside), the other city leaders (who attend
// and accompany) and the paper's reporters. Rosters change every term, so the number of people in
// the graph grows with the corpus, as it does in a real archive.
import { GIVEN_CHARS, SURNAMES } from './lexicon.js';
import { Random } from './random.js';

export interface Roster {
  /** Holders of PRESIDER_TITLES, by index. */
  leaders: string[];
  /** City leaders listed as attendees. */
  others: string[];
  reporters: string[];
}

function personName(rng: Random): string {
  const given = rng.next() < 0.7 ? 2 : 1;
  let name = rng.pick(SURNAMES);
  for (let i = 0; i < given; i++) name += rng.pick(GIVEN_CHARS);
  return name;
}

export function roster(seed: number, city: number, term: number, leaderCount: number): Roster {
  const rng = new Random(seed, 7919, city, term);
  const names = new Set<string>();
  while (names.size < leaderCount + 24 + 8) names.add(personName(rng));
  const all = [...names];
  return { leaders: all.slice(0, leaderCount), others: all.slice(leaderCount, leaderCount + 24), reporters: all.slice(leaderCount + 24) };
}
