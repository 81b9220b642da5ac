// Precision, recall and F1 over sets of items, summed over documents (micro-averaged).
export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

export const emptyScore = (): Score => ({ tp: 0, fp: 0, fn: 0 });

export function add(total: Score, part: Score): Score {
  total.tp += part.tp;
  total.fp += part.fp;
  total.fn += part.fn;
  return total;
}

/** Scores predicted against gold keys; each key counts once. */
export function compareSets(predicted: Iterable<string>, gold: Iterable<string>): Score {
  const p = new Set(predicted);
  const g = new Set(gold);
  let tp = 0;
  for (const k of p) if (g.has(k)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

/** A score that also names its items: what was found but is not in the gold, and what was missed. */
export interface ItemScore extends Score {
  wrong: string[];
  missed: string[];
}

/** compareSets, keeping the wrong and missed keys for `newsgraph eval --misses`. */
export function compareItems(predicted: Iterable<string>, gold: Iterable<string>): ItemScore {
  const p = new Set(predicted);
  const g = new Set(gold);
  const wrong = [...p].filter((k) => !g.has(k));
  const missed = [...g].filter((k) => !p.has(k));
  return { tp: p.size - wrong.length, fp: wrong.length, fn: missed.length, wrong, missed };
}

export function precision(s: Score): number {
  return s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
}

export function recall(s: Score): number {
  return s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
}

export function f1(s: Score): number {
  const p = precision(s);
  const r = recall(s);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
