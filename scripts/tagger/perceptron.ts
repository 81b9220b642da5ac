// The averaged structured perceptron that trains the tagger: decode each sentence with the weights
// so far, and where the best labels differ from the gold, move the weights of the gold's features
// up and of the decoded ones down. The average of the weights over every step is what is kept
// (kept as w − u / c, with u summing each change times the step it was made at).
import type { CluenerSentence } from '../../src/eval/cluener.js';
import { tokenize } from '../../src/extract/core/tokens.js';
import { FEATURES, sentenceFeatures } from '../../src/extract/tagger/features.js';
import { begins, ENTITY_TYPES, inside, LABELS } from '../../src/extract/tagger/labels.js';
import type { WeightTable } from '../../src/extract/tagger/table-codec.js';
import { viterbi } from '../../src/extract/tagger/viterbi.js';

interface Encoded {
  /** Per sentence, its characters' feature ids (−1: a feature too rare to keep), and its gold labels. */
  sentences: Array<{ ids: Int32Array; gold: Uint8Array }>;
  /** The key of each feature id. */
  keys: Float64Array;
  features: number;
}

/** A feature seen fewer times than this in the training sentences is not learned. */
const MIN_COUNT = 3;
/** A feature whose averaged weights all stay this close to zero is left out of the table: a weight
 * moves by one per mistake, so these are features that barely ever decided a label. Leaving them out
 * keeps the dev figures and makes the table a third of the size, small enough to stay in cache. */
const MIN_WEIGHT = 2;

function goldLabels(s: CluenerSentence): Uint8Array {
  const labels = new Uint8Array(s.text.length);
  for (const e of s.entities) {
    const type = (ENTITY_TYPES as readonly string[]).indexOf(e.type);
    if (type < 0) continue;
    labels[e.start] = begins(type);
    for (let i = e.start + 1; i < e.end; i++) labels[i] = inside(type);
  }
  return labels;
}

export function encodeSentences(sentences: readonly CluenerSentence[]): Encoded {
  const all = sentences.map((s) => ({ keys: sentenceFeatures(s.text, tokenize(s.text), 0), gold: goldLabels(s) }));
  const counts = new Map<number, number>();
  for (const { keys } of all) for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  // Ids in key order, so the table comes out the same whatever order the sentences came in.
  const kept = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([k]) => k).sort((a, b) => a - b);
  const ids = new Map(kept.map((k, id) => [k, id]));
  return {
    sentences: all.map(({ keys, gold }) => ({ ids: Int32Array.from(keys, (k) => ids.get(k) ?? -1), gold })),
    keys: Float64Array.from(kept),
    features: kept.length,
  };
}

/** A fixed shuffle per pass: a linear congruential generator seeded by the pass's number. */
function order(n: number, pass: number): Uint32Array {
  const out = Uint32Array.from({ length: n }, (_, i) => i);
  let seed = (pass + 1) * 2654435761;
  for (let i = n - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as number, out[i] as number];
  }
  return out;
}

export function trainPerceptron(encoded: Encoded, epochs: number, onEpoch: (epoch: number, averaged: () => WeightTable) => void = () => {}): WeightTable {
  const size = encoded.features * LABELS;
  const w = new Float64Array(size);
  const u = new Float64Array(size);
  const tw = new Float64Array(LABELS * LABELS);
  const tu = new Float64Array(LABELS * LABELS);
  let step = 1;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (const index of order(encoded.sentences.length, epoch)) {
      const { ids, gold } = encoded.sentences[index] as { ids: Int32Array; gold: Uint8Array };
      const n = gold.length;
      const emissions = new Float64Array(n * LABELS);
      for (let i = 0; i < n; i++) {
        for (let f = i * FEATURES; f < (i + 1) * FEATURES; f++) {
          const id = ids[f] as number;
          if (id < 0) continue;
          for (let l = 0; l < LABELS; l++) emissions[i * LABELS + l] = (emissions[i * LABELS + l] as number) + (w[id * LABELS + l] as number);
        }
      }
      const predicted = viterbi(emissions, n, tw);
      for (let i = 0; i < n; i++) {
        const g = gold[i] as number;
        const p = predicted[i] as number;
        if (g !== p) {
          for (let f = i * FEATURES; f < (i + 1) * FEATURES; f++) {
            const id = ids[f] as number;
            if (id < 0) continue;
            w[id * LABELS + g] = (w[id * LABELS + g] as number) + 1;
            u[id * LABELS + g] = (u[id * LABELS + g] as number) + step;
            w[id * LABELS + p] = (w[id * LABELS + p] as number) - 1;
            u[id * LABELS + p] = (u[id * LABELS + p] as number) - step;
          }
        }
        if (i > 0) {
          const gt = (gold[i - 1] as number) * LABELS + g;
          const pt = (predicted[i - 1] as number) * LABELS + p;
          if (gt !== pt) {
            tw[gt] = (tw[gt] as number) + 1;
            tu[gt] = (tu[gt] as number) + step;
            tw[pt] = (tw[pt] as number) - 1;
            tu[pt] = (tu[pt] as number) - step;
          }
        }
      }
      step++;
    }
    onEpoch(epoch, () => averaged(encoded, w, u, tw, tu, step));
  }
  return averaged(encoded, w, u, tw, tu, step);
}

function averaged(encoded: Encoded, w: Float64Array, u: Float64Array, tw: Float64Array, tu: Float64Array, step: number): WeightTable {
  const keys: number[] = [];
  const weights: number[] = [];
  for (let id = 0; id < encoded.features; id++) {
    const row = Array.from({ length: LABELS }, (_, l) => (w[id * LABELS + l] as number) - (u[id * LABELS + l] as number) / step);
    if (row.every((x) => Math.abs(x) < MIN_WEIGHT)) continue;
    keys.push(encoded.keys[id] as number);
    weights.push(...row);
  }
  return {
    keys: Float64Array.from(keys),
    weights: Float32Array.from(weights),
    transitions: Float32Array.from(tw, (x, k) => x - (tu[k] as number) / step),
  };
}
