// Names in running text with no title before them (胡锦涛强调…, 以江泽民同志为核心, 由克林斯曼在禁区内
// 头球): every surname opens a candidate, scored on what a name looks like (how likely its characters
// are in names, from the name model, and jieba's own reading of the span) and on what stands around
// it (a post or 、 before it, a speech verb or 同志 after it). Foreign names are in foreign-names.ts,
// bare surnames addressed by a title (吴先生, 老于) in surname-address.ts.
import type { Token } from './doc.js';
import { foreignNames } from './foreign-names.js';
import { NON_NAME_CHARS } from './lexicon/given-names.js';
import { givenOdds, surnameOdds } from './lexicon/name-model.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './lexicon/surnames.js';
import { LEFT_CUE, NAME_COMPOUND_TAIL, PLACE_AFTER, PLACE_BEFORE, POST_END, STRONG_AFTER, STRONG_BEFORE } from './name-context.js';
import { followsName } from './names.js';
import { surnameAddresses } from './surname-address.js';

export interface FreeName {
  start: number;
  end: number;
  name: string;
  score: number;
  /** A surname addressed by a title (吴先生 → 吴), not a full name. */
  bare?: boolean;
}

const CJK = /^[\u3400-\u9fff]+$/;
const NON_CJK = /[^\u3400-\u9fff]/;
const NAME_TAGS = new Set(['nr', 'nrfg']);
// A compound surname (欧阳, 司马) is as telling as the likeliest single one.
const COMPOUND_SURNAME_ODDS = 6;

function surnameLength(text: string, i: number): number {
  if (COMPOUND_SURNAMES.has(text.slice(i, i + 2))) return 2;
  return SINGLE_SURNAMES.has(text[i] ?? '') ? 1 : 0;
}

/** What jieba's segmentation says of the span [i, end): a name, an unknown word, or cut through a word. */
function jiebaEvidence(tokens: Token[], i: number, end: number): number {
  const exact = tokens.find((t) => t.start === i && t.end === end);
  if (exact) {
    if (NAME_TAGS.has(exact.tag)) return 2.5;
    // Unknown to the dictionary, so read by jieba's HMM: names are the usual such words.
    if (exact.tag === 'x') return end - i >= 3 ? 2 : 0.5;
    if (exact.tag === 'nrt') return 0;
    return -4;
  }
  let score = 0;
  const opening = tokens.find((t) => t.start <= i && i < t.end);
  const closing = tokens.find((t) => t.start < end && end <= t.end);
  // 幸福感, 高度: a word of the dictionary runs from the surname on past the span.
  if (opening && opening.start === i && opening.end > end && !NAME_TAGS.has(opening.tag)) score -= 4;
  // 对市 | 领导: the surname is the tail of a longer word.
  if (opening && opening.start < i && opening.word.length >= 2) score -= 3;
  // The given name's last character begins a longer word (王明天 → 王明 + 天气?), unless jieba reads
  // the name and what follows as one word (邓小平理论).
  const compound = closing && closing === opening && NAME_TAGS.has(closing.tag);
  if (closing && closing.end > end && closing.word.length >= 2 && !compound) score -= 2.5;
  return score;
}

function contextEvidence(text: string, i: number, end: number): number {
  const before = text.slice(0, i);
  const after = text.slice(end);
  let score = 0;
  if (STRONG_AFTER.test(after)) score += 2;
  else if (followsName(text, end)) score += 0.5;
  if (STRONG_BEFORE.test(before)) score += 2.5;
  else if (LEFT_CUE.test(before) || POST_END.test(before)) score += 1.5;
  else if (i === 0 || NON_CJK.test(text[i - 1] as string)) score += 0.5;
  if (PLACE_BEFORE.test(before)) score -= 1.5;
  if (PLACE_AFTER.test(after) && !NAME_COMPOUND_TAIL.test(after)) score -= 1.5;
  return score;
}

function chineseCandidates(text: string, tokens: Token[]): FreeName[] {
  const found: FreeName[] = [];
  for (let i = 0; i < text.length; i++) {
    const surname = surnameLength(text, i);
    if (!surname) continue;
    const surnameScore = surname === 2 ? COMPOUND_SURNAME_ODDS : surnameOdds(text[i] as string);
    for (const given of [2, 1]) {
      const end = i + surname + given;
      const name = text.slice(i, end);
      if (name.length !== surname + given || !CJK.test(name)) continue;
      const givenChars = [...name.slice(surname)];
      if (givenChars.some((c) => NON_NAME_CHARS.has(c))) continue;
      // The name model gives the look of a name; a surname and one character need more to go on.
      const look = (surnameScore + givenChars.reduce((sum, c) => sum + givenOdds(c), 0)) / 2 - (given === 1 ? 1.5 : 0);
      const score = look + jiebaEvidence(tokens, i, end) + contextEvidence(text, i, end);
      found.push({ start: i, end, name, score });
    }
  }
  return found;
}

/** Names found in `text` (offsets relative to it); `tokens` carry offsets from `base`. */
export function freeNames(text: string, tokens: Token[], base: number, threshold: number): FreeName[] {
  const local = tokens.map((t) => ({ ...t, start: t.start - base, end: t.end - base }));
  const candidates = [...surnameAddresses(text, local), ...chineseCandidates(text, local), ...foreignNames(text, local)]
    .filter((c) => c.score >= threshold)
    .sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
  const chosen: FreeName[] = [];
  for (const c of candidates) if (!chosen.some((x) => x.start < c.end && c.start < x.end)) chosen.push(c);
  return chosen.sort((a, b) => a.start - b.start);
}
