// Finds titles printed before names: a post word (书记, 市长, 董事长 …) and the body words in front
// of it (市委副书记, 南华大学原党委书记, 普奥云洲智能科技（上海）有限公司董事长). The body part runs
// left over nouns and title modifiers and stops at a verb or punctuation: 贯彻落实|省委副书记.
import { tokensWithin } from '../core/tokens.js';
import type { Sentence, TitleMention, Token } from '../core/doc.js';
import { POST_WORDS, TITLE_MODIFIERS } from '../lexicon/title-words.js';
import { nameOpening } from '../core/name-edge.js';
import { CLAUSE_WORDS } from '../bodies/name-run.js';
import { WordList } from '../core/word-list.js';

const POSTS = new WordList(POST_WORDS);
// jieba's tags for unknown names are unreliable (高新区 nr, 普 ad), so the title runs over anything
// that is not a verb, function word or punctuation.
const STOP_TAGS = new Set(['v', 'vd', 'vg', 'vi', 'ad', 'i', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'd', 'r', 'm', 'mq', 'q', 'y', 'e', 'o', 'f']);
const MAX_TITLE_CHARS = 32;
// 由区党工委, 在市委: a coverb jieba glued to the level that opens the body.
const GLUED_CLAUSE_WORD = /^[由在向对从于][市省县区]$/;
const TOWN_AFTER = /^长[\u4e00-\u9fff]{1,2}[乡镇]/;

// 市十三届政协主席, 第十一届: the term of a body stands inside its title.
const TERM = /^第?[一二三四五六七八九十百\d]+届$/;

function isBodyToken(token: Token): boolean {
  if (TITLE_MODIFIERS.has(token.word) || TERM.test(token.word)) return true;
  // 会同, 由: a clause opens there, not a body's name.
  if (CLAUSE_WORDS.has(token.word)) return false;
  if (token.word === '（' || token.word === '）') return true;
  return !STOP_TAGS.has(token.tag) && /^[\u3400-\u9fffA-Za-z]+$/.test(token.word);
}

/** Where the title ending with the post word at [postStart, …) begins. */
function titleStart(tokens: Token[], postStart: number, floor: number): number {
  let start = postStart;
  let i = tokens.findIndex((t) => t.start <= postStart && postStart < t.end);
  if (i < 0) return start;
  const containing = tokens[i] as Token;
  if (containing.start < postStart) {
    if (!isBodyToken(containing) && !POSTS.endsAt(containing.word, containing.word.length)) return start;
    start = containing.start;
  }
  let first = i;
  for (i -= 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    // 由区党工委: the level after the glued coverb opens the title.
    if (t.start >= floor && GLUED_CLAUSE_WORD.test(t.word)) {
      start = t.start + 1;
      return start;
    }
    if (t.start < floor || !isBodyToken(t) || postStart - t.start > MAX_TITLE_CHARS) break;
    start = t.start;
    first = i;
  }
  // 普奥云洲…有限公司董事长: a long body name may open with a character jieba broke off.
  if (postStart - start >= 4 && first > 0 && (tokens[first] as Token).start === start) start = nameOpening(tokens, first, floor);
  // A bracket that closes nothing, or opens and is not closed, cuts the title: it opens after it
  // (…常委会议）（某市政协主席, （市政协主席 → 市政协主席).
  const open: Token[] = [];
  for (const t of tokens) {
    if (t.start < start || t.end > postStart) continue;
    if (t.word === '（') open.push(t);
    else if (t.word === '）' && !open.pop()) start = t.end;
  }
  if (open.length) start = Math.max(start, (open.at(-1) as Token).end);
  return start;
}

/** Every post word in the sentence with its title span; whether a name follows is for people to say. */
export function titleCandidates(sentence: Sentence, tokens: Token[]): TitleMention[] {
  const inSentence = tokensWithin(tokens, sentence.start, sentence.end);
  const found: TitleMention[] = [];
  for (const { index, word } of POSTS.matches(sentence.text)) {
    const postStart = sentence.start + index;
    const end = postStart + word.length;
    // 到临湘市长乐乡, 到邵东市长安镇: a post word whose 长 opens a town's name is no post.
    if (TOWN_AFTER.test(sentence.text.slice(index + word.length - 1, index + word.length + 3))) continue;
    let start = titleStart(inSentence, postStart, sentence.start);
    // 及区政协副主席: the conjunction that joins this holder to the list before is no part of the title.
    const conjunction = /^(?:以及|及)/.exec(sentence.text.slice(start - sentence.start, postStart - sentence.start));
    if (conjunction && postStart - start - conjunction[0].length >= 1) start += conjunction[0].length;
    found.push({ start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start) });
  }
  return found;
}
