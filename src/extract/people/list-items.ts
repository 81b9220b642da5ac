// Names in a protocol list: 副主任甲、乙、丙和秘书长丁 / 执行主席是：甲、乙、丙（女）、丁. Between two
// 、 of a list of people stands exactly one name, so an item there is read whole, whatever its surname
// (a rarer one than the surname table holds: 旷, 沐, 焉) or its look to jieba. The items at either end
// are cut where a name can end: 丁参加, 丙和秘书长丁.
import { isCjkCode, JOINER_CODES } from '../core/chars.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES, surnameLengthAt } from '../lexicon/surnames.js';
import { NAME_NOTE } from '../lexicon/name-notes.js';
import { givenOddsAt, surnameOddsAt } from '../lexicon/name-model.js';
import { GROUP_ENDINGS } from '../lexicon/participation.js';
import { NAME_FOLLOWERS } from '../lexicon/name-followers.js';
import { POST_WORDS } from '../lexicon/title-words.js';
import { followsName } from './names.js';
import { WordList } from '../core/word-list.js';

interface Span {
  start: number;
  end: number;
}

// (女), (回族): a note after a name in a list.
const NOTE = new RegExp(`^${NAME_NOTE}`);
// 市委, 衡阳县, 公司: what ends a body or a place, never a name.
const NOT_NAME_END = /[市县区镇乡村省州委局厅办部处院校会司团队组站馆社所府协支]$/;
const NOTE_BEFORE = new RegExp(`${NAME_NOTE}$`);
const NOTED = new RegExp(`^(.+?)${NAME_NOTE}$`);
const MOST_ITEM_CHARS = 4;
// What may stand right before the first name of a list: a post, a word for a group, 是 or 有 of
// 执行主席是甲、乙 / 出席的有甲、乙.
const POSTS = new WordList([...POST_WORDS, ...GROUP_ENDINGS, '是', '有', '包括']);
const opensWithSurname = (text: string, i: number) => surnameLengthAt(text, i) > 0;

const isNameChar = (text: string, i: number) => isCjkCode(text.charCodeAt(i)) || JOINER_CODES.has(text.charCodeAt(i));

/** Whether an item read whole between two 、 can be a name: two to four characters (a foreign or
 * minority name with its dot may be longer), none of them a mark, not ending like a body or place,
 * and opening with a character that opens names (a listed surname, or one the name model sees
 * opening names more than words). */
export function nameShaped(text: string, start: number, end: number): boolean {
  const length = end - start;
  const dotted = text.slice(start, end).includes('·');
  if (length < 2 || (length > MOST_ITEM_CHARS && !dotted) || length > 12) return false;
  for (let i = start; i < end; i++) if (!isNameChar(text, i)) return false;
  if (NOT_NAME_END.test(text.slice(start, end))) return false;
  const opens = COMPOUND_SURNAMES.has(text.slice(start, start + 2)) || SINGLE_SURNAMES.has(text.charAt(start)) || surnameOddsAt(text, start) > 0;
  return opens || dotted || (length <= 3 && givenOddsAt(text, start + 1) > 0);
}

// 巴特尔、那仁格日勒、其木格: Mongolian, Tibetan and other names of two to six characters
// with no surname of the table, read only whole between two 、 and only when no character of theirs
// is one that marks a body, a place or a function word.
const NOT_IN_LONG_NAME = /[的了与及对同向跟等在是有为省市县区镇乡村委局厅办部处院校会司团队组站馆社所位表心员]/;
const MOST_LONG_NAME_CHARS = 6;
const FOLLOWERS = new WordList(NAME_FOLLOWERS);
// What may follow a name in a list: its mark, or a note and its mark.
const SEPARATOR_AFTER = new RegExp(`^(?:${NAME_NOTE})?[、，。；等和及]`);

function longNameShaped(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (name.length < 2 || name.length > MOST_LONG_NAME_CHARS || NOT_IN_LONG_NAME.test(name)) return false;
  for (let i = start; i < end; i++) if (!isCjkCode(text.charCodeAt(i))) return false;
  // 翟某出席、: a name and what it did is no name of six characters.
  for (let i = start + 2; i < end; i++) if (FOLLOWERS.longestAt(text, i) >= 2 && FOLLOWERS.longestAt(text, i) <= end - i) return false;
  return true;
}

/** The end of the list item that starts at `i` (right after a 、), or -1 when it is no name. */
function itemEnd(text: string, i: number): number {
  const next = text.indexOf('、', i);
  // An inner item: exactly the characters up to the next 、, a note such as (女) set aside.
  if (next > i) {
    const noted = NOTED.exec(text.slice(i, next));
    const end = noted ? i + (noted[1] as string).length : next;
    if (nameShaped(text, i, end) || longNameShaped(text, i, end)) return end;
  }
  // The last item: three characters, else two, where a name can end; a rarer surname only where a
  // mark closes the list (焉志刚。).
  for (const length of [3, 2]) {
    const end = i + length;
    if (end > text.length || !nameShaped(text, i, end) || !followsName(text, end)) continue;
    if (opensWithSurname(text, i) || (end === text.length || !isCjkCode(text.charCodeAt(end)))) return end;
  }
  return -1;
}

/** The start of the first item of a list, ending at `end` (a 、): after a post, a colon or a mark. */
function firstItemStart(text: string, end: number): number {
  for (const length of [3, 2]) {
    const start = end - length;
    if (start < 0 || !nameShaped(text, start, end)) continue;
    const marked = start === 0 || !isCjkCode(text.charCodeAt(start - 1));
    // 、：旷立言、 — after a mark any name-shaped item; after a post, one that opens with a surname.
    if (marked || (opensWithSurname(text, start) && POSTS.endsAt(text, start))) return start;
  }
  return -1;
}

// 甲、乙等离退休老领导, 丙等县领导: 等 and a word for a group of people close a list of people.
const GROUP_AFTER = new RegExp(`等(?=[^，。；：、“”]{0,12}?(?:${GROUP_ENDINGS.join('|')}))`, 'g');

/** The names that close a list with 等 and a word for people (甲、乙等在职领导): spans to read the
 * rest of their lists from, as from a name found. */
export function groupListEnds(text: string): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(GROUP_AFTER)) {
    for (const length of [3, 2]) {
      const start = m.index - length;
      if (start < 0 || !opensWithSurname(text, start) || !nameShaped(text, start, m.index)) continue;
      if (start === 0 || !isCjkCode(text.charCodeAt(start - 1)) || POSTS.endsAt(text, start)) {
        found.push({ start, end: m.index });
        break;
      }
    }
  }
  return found;
}

/**
 * The names of the lists in `text` that hold a name already found (`found`, sentence offsets): from
 * each found name, item by item along the 、 that follow it and before it.
 */
export function listItems(text: string, found: readonly Span[]): Span[] {
  const taken: Span[] = [];
  const all = [...found];
  // The longest span known to start there (a name read whole after a shorter reading of it).
  const known = (start: number) => all.filter((s) => s.start === start).sort((a, b) => b.end - a.end)[0];
  for (const anchor of found) {
    // Onward: 甲、乙、丙.
    let cursor = anchor.end;
    for (;;) {
      const note = NOTE.exec(text.slice(cursor));
      const at = cursor + (note ? note[0].length : 0);
      if (text.charAt(at) !== '、') break;
      const start = at + 1;
      // 那仁格 read alone of 那仁格日勒、: the item read whole between its marks wins.
      const found = known(start);
      const whole = found && !SEPARATOR_AFTER.test(text.slice(found.end, found.end + 4)) ? itemEnd(text, start) : -1;
      const existing = whole > (found?.end ?? -1) ? undefined : found;
      const end = existing ? existing.end : whole > 0 ? whole : itemEnd(text, start);
      if (end < 0) break;
      if (!existing) {
        const span = { start, end };
        taken.push(span);
        all.push(span);
      }
      cursor = end;
    }
    // Back: 旷甲、乙、丙 where only 乙 was found, up to the list's opening.
    let head = anchor.start;
    for (;;) {
      const sep = head - 1;
      if (head < 3 || text.charAt(sep) !== '、') break;
      // 甲（女）、乙: a note may stand between a name and its mark.
      const itemEndAt = sep - (NOTE_BEFORE.exec(text.slice(Math.max(0, sep - 6), sep))?.[0].length ?? 0);
      const existing = all.find((s) => s.end === itemEndAt);
      if (existing) {
        head = existing.start;
        continue;
      }
      const prev = text.lastIndexOf('、', itemEndAt - 1);
      const inner = prev >= 0 && (nameShaped(text, prev + 1, itemEndAt) || longNameShaped(text, prev + 1, itemEndAt));
      const start = inner ? prev + 1 : firstItemStart(text, itemEndAt);
      if (start < 0) break;
      const span = { start, end: itemEndAt };
      taken.push(span);
      all.push(span);
      head = start;
    }
  }
  return taken;
}
