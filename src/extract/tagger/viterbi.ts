// The best label sequence under first-order scores: each character's label scores (emissions, n ×
// LABELS) plus the score of each label following each other (transitions, LABELS × LABELS), with I
// labels only after their own type (labels.ts). The sentence starts after an O.
import { allowed, LABELS, OUTSIDE } from './labels.js';

const ALLOWED = Array.from({ length: LABELS * LABELS }, (_, k) => allowed(Math.floor(k / LABELS), k % LABELS));

export function viterbi(emissions: ArrayLike<number>, n: number, transitions: ArrayLike<number>): Uint8Array {
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  let best = new Float64Array(LABELS);
  let next = new Float64Array(LABELS);
  const back = new Uint8Array(n * LABELS);
  for (let l = 0; l < LABELS; l++) best[l] = ALLOWED[OUTSIDE * LABELS + l] ? (emissions[l] as number) : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let l = 0; l < LABELS; l++) {
      let top = -Infinity;
      let from = 0;
      for (let p = 0; p < LABELS; p++) {
        if (!ALLOWED[p * LABELS + l]) continue;
        const s = (best[p] as number) + (transitions[p * LABELS + l] as number);
        if (s > top) {
          top = s;
          from = p;
        }
      }
      next[l] = top + (emissions[i * LABELS + l] as number);
      back[i * LABELS + l] = from;
    }
    [best, next] = [next, best];
  }
  let last = 0;
  for (let l = 1; l < LABELS; l++) if ((best[l] as number) > (best[last] as number)) last = l;
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = last;
    last = back[i * LABELS + last] as number;
  }
  return labels;
}
