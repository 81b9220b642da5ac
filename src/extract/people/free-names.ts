// Names in running text with no title before them (胡锦涛强调…, 以江泽民同志为核心, 由克林斯曼在禁区内
// 头球): every surname opens a candidate, scored on what a name looks like (how likely its characters
// are in names, from the name model, and jieba's own reading of the span) and on what stands around
// it (a post or 、 before it, a speech verb or 同志 after it). Foreign names are in foreign-names.ts,
// bare surnames addressed by a title (吴先生, 老于) in surname-address.ts.
import type { Token } from '../core/doc.js';
import { foreignNames } from './foreign-names.js';
import { joinedNames } from './joined-names.js';
import { bylineNames } from '../bylines/byline-names.js';
import { japaneseNames } from './japanese-names.js';
import { NON_NAME_CODES } from '../lexicon/given-names.js';
import { givenOddsAt, surnameOddsAt } from '../lexicon/name-model.js';
import { COMPOUND_SURNAMES, SURNAME_CODES } from '../lexicon/surnames.js';
import { BODY_AFTER, LEFT_CUE, NAME_COMPOUND_TAIL, PLACE_AFTER, PLACE_BEFORE, POST_END, STRONG_AFTER, STRONG_BEFORE, appointedPostAt } from './name-context.js';
import { followsName } from './names.js';
import { CodeSet } from '../core/code-set.js';
import { isCjkAt } from '../core/chars.js';
import { consultTagger } from './tagger-evidence.js';
import { SentenceTokens } from '../core/sentence-tokens.js';
import { isOrCutsPlace } from './place-names.js';
import type { NameFeature } from '../lexicon/name-weights.js';
import { nameScorer, type Evidence } from './scorer.js';
import { inList, listMembers } from './list-members.js';
import { ADDRESS_AFTER_SURNAME, surnameAddresses } from './surname-address.js';

export interface FreeName {
  start: number;
  end: number;
  name: string;
  score: number;
  /** A surname addressed by a title (吴先生 → 吴), not a full name. */
  bare?: boolean;
}

const NAME_TAGS = new Set(['nr', 'nrfg']);
// A compound surname (欧阳, 司马) is as telling as the likeliest single one.
const COMPOUND_SURNAME_ODDS = 6;
// Only a character that opens a compound surname is worth slicing two characters out for.
const COMPOUND_FIRST = new CodeSet([...COMPOUND_SURNAMES].map((s) => s[0] as string));
// Of the characters that mostly end names (NON_NAME_CODES), the ones that end given names too (俊才, 永年).
const NAME_ENDING_TOO = new CodeSet(['才', '年']);

function surnameLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (COMPOUND_FIRST.has(code) && COMPOUND_SURNAMES.has(text.slice(i, i + 2))) return 2;
  return SURNAME_CODES.has(code) ? 1 : 0;
}

/** What a one-character word is read as when it is no surname: a conjunction, preposition, adverb,
 * pronoun or particle. */
const WORD_TAGS = new Set(['c', 'p', 'd', 'r', 'u', 'uj', 'ul']);
/** An adjective or a verb says as much only in a candidate of three characters: a name of
 * two characters is often cut into two words of any tag (白/a 洁, 费/v 悦). */
const CONTENT_TAGS = new Set(['a', 'v']);
/** Time words, places and other proper nouns, which jieba's dictionary calls many names. */
const PROPER_TAGS = new Set(['t', 'ns', 'nz']);

const weight = (f: NameFeature) => nameScorer.weight(f);
/** The most jiebaEvidence can add, and contextEvidence: from the table, so a new table keeps the bounds. */
const MOST_JIEBA = Math.max(...(['jiebaName', 'jiebaUnknownLong', 'jiebaUnknownShort', 'jiebaForeign', 'jiebaProperLong', 'jiebaNameCompound', 'jiebaRunOn'] as const).map(weight), weight('surnameReadAsName'), 0);
const MOST_CONTEXT =
  Math.max(weight('strongAfter'), weight('followerAfter'), 0) + Math.max(weight('strongBefore'), weight('cueBefore'), weight('clauseOpening'), weight('markBefore'), 0);

/** What jieba's segmentation says of the span [i, end): a name, an unknown word, or cut through a word. */
function jiebaEvidence(tokens: SentenceTokens, i: number, end: number): Evidence {
  // Tokens do not overlap, so the one over i is the only one that can start there.
  const opening = tokens.at(i);
  const openingStart = opening ? tokens.startOf(opening) : -1;
  if (opening && openingStart === i && tokens.endOf(opening) === end) {
    if (NAME_TAGS.has(opening.tag)) return ['jiebaName'];
    // Unknown to the dictionary, so read by jieba's HMM: names are the usual such words, and one of
    // three characters that opens with a surname is as likely a name as one jieba knows.
    if (opening.tag === 'x') return [end - i >= 3 ? 'jiebaUnknownLong' : 'jiebaUnknownShort'];
    if (opening.tag === 'nrt') return ['jiebaForeign'];
    // jieba's dictionary tags a three-character word that opens with a surname as a time word, a
    // place or another proper noun where it is mostly a name; a common word (程序员/n), or a shorter
    // one, is a word.
    return [end - i >= 3 && PROPER_TAGS.has(opening.tag) ? 'jiebaProperLong' : 'jiebaWord'];
  }
  if (opening && openingStart === i && tokens.endOf(opening) > end) {
    const rest = opening.word.length - (end - i);
    // 凯恩斯主义: jieba's word is the name and the doctrine named after it, as 邓小平理论 is.
    if (rest >= 2 && NAME_COMPOUND_TAIL.longestAt(opening.word, end - i) === rest) return ['jiebaNameCompound'];
    // 冼卫华说: jieba's reading of an unknown name ran on into the word after it.
    if (opening.tag === 'x' && rest === 1 && NON_NAME_CODES.has(opening.word.charCodeAt(end - i))) return ['jiebaRunOn'];
  }
  const evidence: Evidence = [];
  // jieba cut the surname off as a word of its own: its tag says whether it read a surname (沈/nr
  // 国庆) or a word of its own (和/c 夫人, 向/p 代表), which then stands before a word.
  if (opening && openingStart === i && opening.word.length === 1) {
    if (NAME_TAGS.has(opening.tag)) evidence.push('surnameReadAsName');
    else if (WORD_TAGS.has(opening.tag) || (CONTENT_TAGS.has(opening.tag) && end - i >= 3)) evidence.push('surnameReadAsWord');
  }
  const closing = tokens.at(end - 1);
  // 幸福感, 高度: a word of the dictionary runs from the surname on past the span. So does an idiom
  // of four characters jieba tags as a name (a name of four characters is read whole).
  if (opening && openingStart === i && tokens.endOf(opening) > end && (!NAME_TAGS.has(opening.tag) || opening.word.length >= 4)) evidence.push('wordRunsPast');
  // 对市 | 领导: the surname is the tail of a longer word. Not so where jieba's HMM glued a
  // character to an unknown name (以柏 | 成浩为): that word is no dictionary's.
  if (opening && openingStart < i && opening.word.length >= 2 && opening.tag !== 'x') evidence.push('surnameEndsWord');
  // The given name's last character begins a longer word (王明天 → 王明 + 天气?), unless jieba reads
  // the name and what follows as one word (邓小平理论), or the longer word is an unknown one.
  const compound = closing && closing === opening && NAME_TAGS.has(closing.tag);
  if (closing && tokens.endOf(closing) > end && closing.word.length >= 2 && !compound && closing.tag !== 'x') evidence.push('givenOpensWord');
  return evidence;
}

const CLAUSE_MARKS = new CodeSet(['，', '。', '；', '：', '！', '？', '、', '）', ' ', '　', '—', '…']);

function contextEvidence(text: string, i: number, end: number): Evidence {
  const evidence: Evidence = [];
  // 选举甲为市政协主席: the post a name is elected to stands after it as a post word would.
  if (STRONG_AFTER.startsAt(text, end) || appointedPostAt(text, end)) evidence.push('strongAfter');
  else if (followsName(text, end)) evidence.push('followerAfter');
  if (STRONG_BEFORE.endsAt(text, i)) evidence.push('strongBefore');
  else if (LEFT_CUE.endsAt(text, i) || POST_END.endsAt(text, i)) evidence.push('cueBefore');
  // The subject of a clause is where a name stands most (冉秋燕明白…); a quoted or titled word
  // (“包公”, 《红楼梦》) opens no clause, nor does a figure (5张卫星照片).
  else if (i === 0 || CLAUSE_MARKS.has(text.charCodeAt(i - 1))) evidence.push('clauseOpening');
  else if (!isCjkAt(text, i - 1)) evidence.push('markBefore');
  if (PLACE_BEFORE.endsAt(text, i)) evidence.push('placeBefore');
  if ((PLACE_AFTER.startsAt(text, end) || BODY_AFTER.startsAt(text, end)) && !NAME_COMPOUND_TAIL.startsAt(text, end)) evidence.push('placeOrBodyAfter');
  return evidence;
}

/** How far below the threshold a name may score and still be read when it stands in a list with one. */
const LIST_LIFT = 2.5;

/** Whether jieba reads the span [i, end) as one word its dictionary does not know. */
function unknownWord(tokens: SentenceTokens, i: number, end: number): boolean {
  const t = tokens.at(i);
  return t !== undefined && tokens.startOf(t) === i && tokens.endOf(t) === end && t.tag === 'x';
}

function chineseCandidates(text: string, tokens: SentenceTokens, threshold: number): FreeName[] {
  const found: FreeName[] = [];
  for (let i = 0; i < text.length; i++) {
    const surname = surnameLength(text, i);
    if (!surname) continue;
    const surnameScore = surname === 2 ? COMPOUND_SURNAME_ODDS : surnameOddsAt(text, i);
    for (let given = 2; given >= 1; given--) {
      const end = i + surname + given;
      if (end > text.length) continue;
      let usable = true;
      // 周化龙: a character that mostly ends a word (化 of 绿化, 和, 才) stands inside a name that jieba
      // reads whole as an unknown word (whose last character may still be 说 or 的, but also the 才 or
      // 年 that end many given names: 刘俊才说). Not inside a word of its dictionary, whatever the tag:
      // 幸福感 is tagged a name.
      for (let k = i; k < end && usable; k++) {
        usable = isCjkAt(text, k) && (k < i + surname || !NON_NAME_CODES.has(text.charCodeAt(k)) || ((k < end - 1 || NAME_ENDING_TOO.has(text.charCodeAt(k))) && unknownWord(tokens, i, end)));
      }
      if (!usable) continue;
      // The name model gives the look of a name; a surname and one character need more to go on.
      let givenSum = 0;
      for (let k = i + surname; k < end; k++) givenSum += givenOddsAt(text, k);
      const look = given === 1 ? nameScorer.score([['surnameOdds', surnameScore], ['givenOdds', givenSum], 'oneGivenCharacter']) : nameScorer.score([['surnameOdds', surnameScore], ['givenOdds', givenSum]]);
      // Most candidates are ordinary words; one that no reading and no context could lift to the
      // threshold is not read further.
      // Only a candidate beside a list mark may be read below the threshold (list-members.ts).
      const bar = inList(text, i, end) ? threshold - LIST_LIFT : threshold;
      if (look + MOST_JIEBA + MOST_CONTEXT < bar) continue;
      const read = look + nameScorer.score(jiebaEvidence(tokens, i, end));
      if (read + MOST_CONTEXT < bar) continue;
      // 李老师, 王局长: a surname addressed, for surname-address.ts to read.
      if (ADDRESS_AFTER_SURNAME.startsAt(text, i + surname)) continue;
      const score = read + nameScorer.score(contextEvidence(text, i, end));
      found.push({ start: i, end, name: text.slice(i, end), score });
    }
  }
  return found;
}


interface Span {
  start: number;
  end: number;
}

/** 《白玉兰》: the whole of a title names a work, not its author or hero. */
const fillsTitle = (text: string, c: Span): boolean => text[c.start - 1] === '《' && text[c.end] === '》';

function passes(text: string, c: FreeName, floor: number): boolean {
  return c.score >= floor && !isOrCutsPlace(text, c.start, c.end) && !fillsTitle(text, c);
}

// 古德斯特伦认为, 宫泽正雄: 斯特伦 and 宫泽 open with a Chinese surname, but a foreign name read
// whole holds them.
function insideForeign(c: FreeName, foreign: readonly FreeName[], threshold: number): boolean {
  for (const f of foreign) if (f.score >= threshold && f.start <= c.start && c.end <= f.end && f.end - f.start > c.end - c.start) return true;
  return false;
}

function overlapsAny(spans: readonly Span[], c: Span): boolean {
  for (const s of spans) if (s.start < c.end && c.start < s.end) return true;
  return false;
}

const byScore = (a: FreeName, b: FreeName): number => b.score - a.score || b.end - b.start - (a.end - a.start);

/** Names found in `text` (offsets relative to it); `tokens` carry offsets from `base`. `known` are
 * names already found in the text by other means, which a list may go on from. */
export function freeNames(text: string, tokens: Token[], base: number, threshold: number, known: readonly Span[] = []): FreeName[] {
  const index = new SentenceTokens(tokens, base);
  const floor = threshold - LIST_LIFT;
  const candidates: FreeName[] = [];
  const foreign: FreeName[] = [];
  for (const found of [foreignNames(text, index), japaneseNames(text, index)]) for (const c of found) if (passes(text, c, floor)) foreign.push(c);
  for (const found of [surnameAddresses(text, index), chineseCandidates(text, index, threshold)]) {
    for (const c of found) if (passes(text, c, floor) && !insideForeign(c, foreign, threshold)) candidates.push(c);
  }
  for (const c of foreign) if (!insideForeign(c, foreign, threshold)) candidates.push(c);
  for (const found of [joinedNames(text), bylineNames(text)]) for (const c of found) if (passes(text, c, floor)) candidates.push(c);
  if (candidates.length === 0) return [];
  consultTagger(text, index, candidates, threshold);
  candidates.sort(byScore);
  const chosen: FreeName[] = [];
  const weak: FreeName[] = [];
  for (const c of candidates) {
    if (c.score < threshold) weak.push(c);
    else if (!overlapsAny(chosen, c)) chosen.push(c);
  }
  if (weak.length > 0) chosen.push(...listMembers(text, weak, [...known, ...chosen]));
  return chosen.sort((a, b) => a.start - b.start);
}
