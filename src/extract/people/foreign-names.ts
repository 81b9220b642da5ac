// Transliterated foreign names with no dot (克林顿, 叶利钦): runs of tokens whose characters the name
// model finds far likelier in foreign names than in words. The run needs a context that expects a
// person (总统叶利钦, 克林顿说), since places are written the same way (莫斯科). Names joined by a dot
// are read in joined-names.ts.
import type { Token } from '../core/doc.js';
import { foreignOdds, foreignOddsAt } from '../lexicon/name-model.js';
import { division } from '../lexicon/divisions.js';
import { LEFT_CUE, NAMED_AFTER_PEOPLE, NAME_COMPOUND_TAIL, PLACE_AFTER, PLACE_BEFORE, POST_END, STRONG_AFTER, STRONG_BEFORE } from './name-context.js';
import { CodeSet } from '../core/code-set.js';
import { isCjkAt, JOINER_CODES } from '../core/chars.js';
import { followsName } from './names.js';
import { LIST_MARKS } from './list-members.js';
import type { SentenceTokens } from '../core/sentence-tokens.js';

interface Found {
  start: number;
  end: number;
  name: string;
  score: number;
}

const PEOPLE_OR_COUNTRY = new CodeSet(['人', '国']);
const TRANSLITERATED_TAGS = new Set(['nrt', 'nr', 'x', 'nrfg']);
// The same tags told by their letters (nr, nrt, nrfg, x), for the per-token test.
const isTransliteratedTag = (tag: string): boolean =>
  tag.charCodeAt(0) === 0x6e ? tag.charCodeAt(1) === 0x72 : tag.length === 1 && tag.charCodeAt(0) === 0x78;
// A character this much likelier in foreign names than in words may stand in one.
const MIN_CHAR_ODDS = 0.5;
const MIN_LOOSE_ODDS = -1;
const MIN_LOOSE_MEAN = 1.5;
const LONG_RUN = 1;
const OPENS_CLAUSE = 1;

// 荷兰人, 英国: a people or a country before a name is not part of it.
function foreignToken(t: Token): boolean {
  if (t.tag === 'ns' || PEOPLE_OR_COUNTRY.has(t.word.charCodeAt(t.word.length - 1))) return false;
  // 安东尼奥: jieba's dictionary knows it as a transliterated name.
  if (t.tag === 'nrt' && t.word.length >= 3) return true;
  // Asked of every token of every sentence, so read by position without making strings of its characters.
  // 若尔丹: a name jieba did not know may hold a character less typical of
  // transliteration, when the others make up for it.
  // Most tokens are words whose first character settles it, so the tag is asked only after that.
  let sum = 0;
  let typical = true;
  for (let k = 0; k < t.word.length; k++) {
    const odds = foreignOddsAt(t.word, k);
    if (odds < MIN_CHAR_ODDS) {
      if (odds < MIN_LOOSE_ODDS || t.word.length < 2 || !isTransliteratedTag(t.tag)) return false;
      typical = false;
    }
    sum += odds;
  }
  return typical || sum / t.word.length >= MIN_LOOSE_MEAN;
}

/** 上个赛季，杰克打进了…, 主力队员杰克，…: a word jieba's dictionary knows as a transliterated name,
 * standing as the subject or owner at the head of a clause or after a word that goes before people
 * (队员, 会见): a verb, 的 or a pause follows. A list mark before it opens no clause, since what a
 * list holds may be verbs (崇尚科学、崇尚创新, where jieba's dictionary calls 崇尚 a name). */
function subjectName(run: readonly Token[], text: string, start: number, end: number, tokens: SentenceTokens): boolean {
  if (run.length !== 1 || run[0]?.tag !== 'nrt') return false;
  const listed = LIST_MARKS.has(text.charCodeAt(start - 1));
  const heads = start === 0 || (!listed && (!isCjkAt(text, start - 1) || LEFT_CUE.endsAt(text, start)));
  const next = tokens.at(end);
  return heads && next !== undefined && tokens.startOf(next) === end && (next.tag.startsWith('v') || next.word === '的' || next.word === '，');
}

export function foreignNames(text: string, tokens: SentenceTokens): Found[] {
  const found: Found[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const first = run[0];
    const last = run.at(-1);
    const start = first ? tokens.startOf(first) : 0;
    const end = last ? tokens.endOf(last) : 0;
    if (first && last && end - start >= 2) {
      const name = text.slice(start, end);
      const chars = [...name];
      const tagged = run.some((t) => TRANSLITERATED_TAGS.has(t.tag) && t.word.length >= 2);
      const mean = chars.reduce((s, c) => s + foreignOdds(c), 0) / chars.length;
      // 崇尚, 科学: two characters alone are too often a word; they need a post or a speech verb, or
      // to be a name jieba knows standing as a subject.
      if (chars.length === 2 && !STRONG_BEFORE.endsAt(text, start) && !STRONG_AFTER.startsAt(text, end) && !subjectName(run, text, start, end, tokens)) {
        run = [];
        return;
      }
      // 索洛维约夫: the longer a run of such characters, the less it can be a word of the
      // language, and what is left beside names is places, which are told apart on their own.
      let score = mean + (tagged ? 1 : 0) + (chars.length >= 3 ? LONG_RUN : 0);
      if (STRONG_AFTER.startsAt(text, end)) score += 2.5;
      else if (followsName(text, end)) score += 0.5;
      if (STRONG_BEFORE.endsAt(text, start)) score += 3;
      else if (LEFT_CUE.endsAt(text, start) || POST_END.endsAt(text, start)) score += 1.5;
      else if (start === 0 || !isCjkAt(text, start - 1)) score += OPENS_CLAUSE;
      if (PLACE_BEFORE.endsAt(text, start)) score -= 3;
      if (PLACE_AFTER.startsAt(text, end) || NAMED_AFTER_PEOPLE.startsAt(text, end) || NAMED_AFTER_PEOPLE.endsAt(text, end)) score -= 3;
      // 安·格林伯格镇: a part of a dotted name is for joined-names.ts to read whole, or not at all.
      if (JOINER_CODES.has(text.charCodeAt(start - 1)) || JOINER_CODES.has(text.charCodeAt(end))) score = -Infinity;
      if (division(name)) score -= 6;
      found.push({ start, end, name, score });
    }
    run = [];
  };
  for (const t of tokens.tokens) {
    if (foreignToken(t)) {
      run.push(t);
      continue;
    }
    // 凯恩斯主义, 达尔文主义: jieba's word is a name and the doctrine named after it.
    const head = t.word.length - NAME_COMPOUND_TAIL.longestEndingAt(t.word, t.word.length);
    if (head >= 2 && head < t.word.length) {
      const name = { word: t.word.slice(0, head), tag: t.tag, start: t.start, end: t.start + head };
      if (foreignToken(name)) run.push(name);
    }
    flush();
  }
  flush();
  return found;
}
