// Reads a Chinese personal name starting at a position: a surname from the list, one or two given
// characters, and a follower (主持, 出席, 、, …) right after it. Shared by the recognisers that
// find names after titles, in lists, and before 总书记.
import { surnameLengthAt } from '../lexicon/surnames.js';
import { NAME_FOLLOWERS } from '../lexicon/name-followers.js';
import { POST_WORDS, TITLE_MODIFIERS } from '../lexicon/title-words.js';
import { WordList } from '../core/word-list.js';
import { CodeSet } from '../core/code-set.js';
import { isCjkCode, JOINER_CODES } from '../core/chars.js';

const CJK = /^[\u3400-\u9fff]+$/;

// Words that open like a name after a title but are not one: 市领导干部…, 书记一行 …
// Characters that almost never end a given name, so 周平在致辞时 reads 周平 + 在, while 王志和出席
// still reads 王志和.
const RARE_NAME_END = new Set('在等的了是也还又都均所于从就说对向将并及与把被'.split(''));

const FOLLOWERS = new WordList(NAME_FOLLOWERS);

const NOT_NAMES_WORDS = [
  '干部', '同志', '班子', '成员', '一行', '群众', '代表', '上下', '全体', '和谐', '高度', '高质量', '万众', '严格', '全面', '应邀', '应约',
  // 委员应到30人，实到28人: the attendance a meeting's report counts.
  '应到', '应出席',
  // 总理周四表示: the days of the week open with the surname 周.
  '周一', '周二', '周三', '周四', '周五', '周六', '周日', '周末',
];
const NOT_NAMES = new Set(NOT_NAMES_WORDS);
// A post, a title's modifier or a word no name opens with is no given name either (和镇长, 和执行, 团成员).
const NOT_GIVEN = new Set([...POST_WORDS.filter((p) => p.length === 2), ...TITLE_MODIFIERS, ...NOT_NAMES_WORDS, '邀请']);

/** Punctuation and other marks end a name: anything that is not a Chinese character (read by code,
 * since every candidate name asks). */
const endsName = (code: number): boolean => !isCjkCode(code);

// 市长马克·杜邦: a dot goes on to the next part of a foreign name, so what stands before it is not whole
// (JOINER_CODES).

// 外长满意地说, 经理商量过: particles that follow verbs and adjectives stand in no given name (of the
// wider list of non-name characters, 才 and 日 still do).
const PARTICLE_CODES = new CodeSet(['了', '着', '过', '的', '地', '得']);
function hasNonNameChar(name: string, surname: number): boolean {
  for (let k = surname; k < name.length; k++) if (PARTICLE_CODES.has(name.charCodeAt(k))) return true;
  return false;
}

export function followsName(text: string, end: number): boolean {
  if (end >= text.length) return true;
  if (endsName(text.charCodeAt(end))) return !JOINER_CODES.has(text.charCodeAt(end));
  return FOLLOWERS.startsAt(text, end);
}

/**
 * The name that starts at `i`, or null. When both a two- and a three-character reading are
 * followed by a plausible follower (王志和出席: 王志 + 和…, 王志和 + 出席), the longer wins,
 * since most names have three characters.
 */
export function nameAt(text: string, i: number): string | null {
  const surname = surnameLengthAt(text, i);
  if (surname === 0) return null;
  let best: string | null = null;
  for (const given of [1, 2]) {
    const name = text.slice(i, i + surname + given);
    // 领导干部带头, 总理周四晚发言: nor does a name open with one of those words.
    if (name.length !== surname + given || !CJK.test(name) || NOT_NAMES.has(name.slice(0, 2)) || NOT_NAMES.has(name) || hasNonNameChar(name, surname)) continue;
    // 常务主席和执行主席, 党委书记和镇长, 主席团成员: a conjunction that is also a surname, before a
    // title word or a group word, opens no name.
    if (given === 2 && NOT_GIVEN.has(name.slice(surname))) continue;
    if (!followsName(text, i + name.length)) continue;
    if (best && RARE_NAME_END.has(name.at(-1) as string)) continue;
    // 孙丽陪同: 孙丽 + 陪同 beats 孙丽陪 + 同, a two-character follower being the likelier reading.
    if (best && FOLLOWERS.longestAt(text, i + best.length) >= 2) continue;
    best = name;
  }
  return best;
}

/** A name that ends at `end` (习近平 before 总书记), preferring the three-character reading. */
export function nameEndingAt(text: string, end: number): string | null {
  for (const length of [3, 2]) {
    const start = end - length;
    if (start < 0) continue;
    const name = text.slice(start, end);
    if (!CJK.test(name) || NOT_NAMES.has(name)) continue;
    const surname = surnameLengthAt(text, start);
    if (surname > 0 && !NOT_GIVEN.has(name.slice(surname))) return name;
  }
  return null;
}
