// The learned tagger's word on the free names the rules are unsure of (extract/tagger): a candidate
// whose score lies near the threshold is read again by the tagger in a window around it, and its
// reading (a name, part of another entity, nothing) adds the table's weight for it. The tagger is
// asked only when its reading could move the candidate across the threshold.
import type { SentenceTokens } from '../core/sentence-tokens.js';
import type { NameFeature } from '../lexicon/name-weights.js';
import { taggedSpans, type TaggedSpan } from '../tagger/tagger.js';
import { NAME_COMPOUND_TAIL } from './name-context.js';
import { nameScorer, type Scorer } from './scorer.js';

interface Candidate {
  start: number;
  end: number;
  score: number;
  bare?: boolean;
}

/** Characters either side of a candidate that the tagger reads with it: its features look two
 * characters and one word away, so a window a little wider reads the span as the sentence would. */
const WINDOW = 3;
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);

/** The readings the tagger may give the candidate a weight for. */
function readings(text: string, tokens: SentenceTokens, c: Candidate): NameFeature[] {
  const out: NameFeature[] = ['taggerNone'];
  // 高度, 方面: a common word of jieba's dictionary that opens with a surname; the dictionary knows
  // common words better than a tagger that learned names from 10,000 sentences. (Words it tags as
  // names, 温馨/nr and 智慧/nr, it cannot tell.)
  const whole = tokens.at(c.start);
  if (!(whole && tokens.startOf(whole) === c.start && tokens.endOf(whole) === c.end && !NAME_TAGS.has(whole.tag))) out.push('taggerName');
  // 毛泽东思想, 邓小平理论: the tagger reads the doctrine whole, and a name opens it all the same.
  if (!NAME_COMPOUND_TAIL.startsAt(text, c.end)) out.push('taggerOther');
  return out;
}

function reading(tagged: readonly TaggedSpan[], start: number, end: number): NameFeature {
  for (const t of tagged) {
    if (t.type === 'name' && t.start === start && t.end === end) return 'taggerName';
    if (t.type !== 'name' && t.start <= start && end <= t.end) return 'taggerOther';
  }
  return 'taggerNone';
}

/** Adds the tagger's reading to the score of each candidate it could move across the threshold. */
export function consultTagger(text: string, tokens: SentenceTokens, candidates: Candidate[], threshold: number, scorer: Scorer<NameFeature> = nameScorer): void {
  for (const c of candidates) {
    if (c.bare) continue;
    const possible = readings(text, tokens, c);
    let most = -Infinity;
    let least = Infinity;
    for (const r of possible) {
      const w = scorer.weight(r);
      most = Math.max(most, w);
      least = Math.min(least, w);
    }
    if (c.score >= threshold ? c.score + least >= threshold : c.score + most < threshold) continue;
    const from = Math.max(0, c.start - WINDOW);
    const tagged = taggedSpans(text.slice(from, Math.min(text.length, c.end + WINDOW)), tokens.tokens, tokens.base + from);
    const r = reading(tagged, c.start - from, c.end - from);
    if (possible.includes(r)) c.score += scorer.weight(r);
  }
}

