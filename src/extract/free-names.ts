// Names in running text with no title before them (胡锦涛强调…, 以江泽民同志为核心, 由克林斯曼在禁区内
// 头球): every surname opens a candidate, scored on what a name looks like (given-name characters,
// jieba's own reading of the span) and on what stands around it (a title or 、 before it, a speech
// verb or 同志 after it). Foreign names are runs of transliteration characters that jieba reads
// as a name, joined by ·.
import type { Token } from './doc.js';
import { GIVEN_NAME_CHARS, NON_NAME_CHARS, TRANSLITERATION_CHARS } from './lexicon/given-names.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './lexicon/surnames.js';
import { POST_WORDS } from './lexicon/title-words.js';
import { followsName } from './names.js';

export interface FreeName {
  start: number;
  end: number;
  name: string;
  score: number;
}

const CJK = /^[\u3400-\u9fff]+$/;
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);
const STRONG_AFTER = /^(同志|先生|女士|教授|院士|主席|总理|总统|首相|委员长|副主席|副总理|总书记|说|表示|指出|强调|认为|介绍|告诉|回忆|笑着|今天|昨天|日前|近日|一行|等人|夫妇|老师|大夫|书记|部长|省长|市长|县长|局长|经理|董事长|校长|院长|主任)/;
const LEFT_CUE = /(记者|通讯员|、|和|与|同|及|由|向|对|给|让|请|派|被|找|跟|会见|看望|慰问|陪同|会晤|接见|宣布|任命|授予|称赞|表彰|悼念|纪念|学习|研究)$/;
const POST_END = new RegExp(`(${POST_WORDS.join('|')}|人|者|家|员|手|将|星|兵|士|生|官|长)$`);

function surnameLength(text: string, i: number): number {
  if (COMPOUND_SURNAMES.has(text.slice(i, i + 2))) return 2;
  return SINGLE_SURNAMES.has(text[i] ?? '') ? 1 : 0;
}

function tokenAt(tokens: Token[], offset: number, base: number): Token | undefined {
  return tokens.find((t) => t.start - base <= offset && offset < t.end - base);
}

function chineseCandidates(text: string, tokens: Token[], base: number): FreeName[] {
  const found: FreeName[] = [];
  const starts = new Set(tokens.map((t) => t.start - base));
  for (let i = 0; i < text.length; i++) {
    const surname = surnameLength(text, i);
    if (!surname) continue;
    if (i > 0 && !starts.has(i) && !NON_CJK.test(text[i - 1] as string)) continue;
    for (const given of [2, 1]) {
      const end = i + surname + given;
      const name = text.slice(i, end);
      if (name.length !== surname + given || !CJK.test(name)) continue;
      const givenChars = name.slice(surname).split('');
      if (givenChars.some((c) => NON_NAME_CHARS.has(c))) continue;
      const token = tokenAt(tokens, i, base);
      const exact = token && token.start - base === i && token.end - base === end;
      // A word jieba knows as something else (高峰会议, 周密) is not a name, unless jieba calls it one.
      if (exact && !NAME_TAGS.has(token.tag)) continue;
      // 幸福感, 高度: jieba reads a word of two or more characters from the surname on.
      if (token && token.start - base === i && token.word.length >= 2 && !NAME_TAGS.has(token.tag)) continue;
      const ends = new Set(tokens.map((t) => t.end - base));
      let score = exact ? (token.tag === 'nr' && name.length === 3 ? 3 : 2) : 0;
      score += givenChars.filter((c) => GIVEN_NAME_CHARS.has(c)).length;
      const after = text.slice(end);
      const before = text.slice(0, i);
      if (STRONG_AFTER.test(after)) score += 2;
      else if (followsName(text, end)) score += 1;
      else if (!ends.has(end)) score -= 2;
      if (LEFT_CUE.test(before) || POST_END.test(before)) score += 1;
      if (i === 0 || NON_CJK.test(text[i - 1] as string)) score += 1;
      if (given === 1 && !exact) score -= 1;
      found.push({ start: i, end, name, score });
    }
  }
  return found;
}

const NON_CJK = /[^\u3400-\u9fff]/;

function foreignCandidates(text: string, tokens: Token[], base: number): FreeName[] {
  const found: FreeName[] = [];
  let run: Token[] = [];
  const flush = () => {
    const named = run.some((t) => (t.tag === 'nr' || t.tag === 'nrt') && t.word.length >= 2);
    while (run.length && run.at(-1)?.word === '·') run.pop();
    if (named && run.length) {
      const start = (run[0] as Token).start - base;
      const end = (run.at(-1) as Token).end - base;
      const name = text.slice(start, end);
      const after = text.slice(end);
      let score = 2 + (name.includes('·') ? 2 : 0) + (STRONG_AFTER.test(after) ? 2 : followsName(text, end) ? 1 : -2);
      if (POST_END.test(text.slice(0, start)) || LEFT_CUE.test(text.slice(0, start))) score += 1;
      if (name.length >= 2 && surnameLength(name, 0) === 0) found.push({ start, end, name, score });
    }
    run = [];
  };
  for (const t of tokens) {
    const foreign = t.word === '·' ? run.length > 0 : [...t.word].every((c) => TRANSLITERATION_CHARS.has(c));
    if (foreign) run.push(t);
    else flush();
  }
  flush();
  return found;
}

/** Names found in `text` (offsets relative to it); `tokens` carry offsets from `base`. */
export function freeNames(text: string, tokens: Token[], base: number, threshold = 5): FreeName[] {
  const candidates = [...chineseCandidates(text, tokens, base), ...foreignCandidates(text, tokens, base)]
    .filter((c) => c.score >= threshold)
    .sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
  const chosen: FreeName[] = [];
  for (const c of candidates) if (!chosen.some((x) => x.start < c.end && c.start < x.end)) chosen.push(c);
  return chosen.sort((a, b) => a.start - b.start);
}
