// Which name a post belongs to, in the orders English prints them:
//   Mayor Ann Roe / Mayor of Qingshan City Mo Hua                 → the name right after
//   Provincial leaders Lin Hua and Bo Tao                         → every name of the list after
//   Governor of Kwara State, Senator Ade Bello,                   → the name after the comma
//   Ann Roe, mayor of Bremen, said                                → the name before the comma
//   Chairman of the board and Permanent Secretary, Ade Bello      → stacked posts, one name
// In "the Deputy Governor, Ade Bello, Commissioner for Works, Ken Obi" the chain opens with a post,
// so each post goes to the name after it.
import nlp from 'compromise';
import { DIVISION_WORDS, HEADS_NOT_BEFORE_NAMES } from './lexicon-posts.js';
import { cutName, isFusedPinyinName, nameAt, type NameSpan } from './names.js';
import type { Post } from './posts.js';

export interface Holder {
  name: NameSpan;
  posts: Post[];
}

const LIST_GAP = /(?:\s*\([^)]*\))?(?:,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+)/y;
const AFTER_NAME = /^(?:[,.;:)]|\s+(?:and|who|has|had|was|is|also|on|in|at|to|for|with)\b|\s*$)/;
/** "Special Adviser, Strategy, Policy and Projects, Ann Roe": a portfolio printed between the post
 * and the name, capitalised words run together with commas and "and". */
const PORTFOLIO = /^(?:, (?:[A-Z][\w'’-]*|and|of|the)(?: (?:[A-Z][\w'’-]*|and|of|the))*){1,4}(?=, )/;
const PLACE_AFTER_POST = new RegExp(`^ [A-Z][a-z]+(?: (?:${DIVISION_WORDS.join('|')}))?(?=, )`);
const LIST_GOES_ON = /^(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z]/;
const STACK_GAP = /^(?: and |, (?:and )?)$/;
const NAME_BEFORE = /((?:(?:[A-Z]\.){1,3} ?)?\p{Lu}[\p{L}\d'’-]*(?: \p{Lu}[\p{L}\d'’-]*){0,3}),\s*(?:the |a )?$/u;

/** The names a post is printed directly before: one, or a list when the post is plural. */
function namesRightAfter(text: string, post: Post): NameSpan[] {
  if (post.gluedName !== null) {
    const glued = nameAt(text, post.gluedName, true);
    return glued ? [glued] : [];
  }
  // "The executive chairmen of the presidium, Ann Roe, Bo Tao and Tom Hill, attended": a plural
  // post may take its list after a comma, when it names two people at least.
  const appositive = post.plural && text.startsWith(', ', post.end);
  if (text[post.end] !== ' ' && !appositive) return [];
  let pos = post.end + (appositive ? 2 : 1);
  if (post.plural && text.startsWith('including ', pos)) pos += 'including '.length;
  // "five returning Commissioners (Ann Roe, Tom Hill, and Sue Park)": the list in brackets.
  if (post.plural && text[pos] === '(') pos++;
  const word = post.text.split(' ').at(-1)?.toLowerCase() ?? '';
  if (HEADS_NOT_BEFORE_NAMES.has(word)) return [];
  const first = nameAt(text, pos, true);
  // "briefed the Commissioner Karachi on …": one word after a post that is a place names where, not who.
  if (!first || (!first.name.includes(' ') && nlp(first.name).has('#Place'))) return [];
  const names = [first];
  while (post.plural) {
    LIST_GAP.lastIndex = (names.at(-1) as NameSpan).end;
    const gap = LIST_GAP.exec(text);
    const next = gap ? nameAt(text, LIST_GAP.lastIndex, true) : null;
    if (!next || next.name.split(' ').length < 2) break;
    names.push(next);
  }
  return appositive && names.length < 2 ? [] : names;
}

/** The name after "post, ": honorifics and posts printed right before it are skipped. */
function nameAfterComma(text: string, post: Post, posts: Post[]): { name: NameSpan; via: Post[] } | null {
  if (!text.startsWith(', ', post.end) || post.plural) return null;
  let pos = post.end + 2;
  const via: Post[] = [];
  for (let next = posts.find((p) => p.start === pos); next; next = posts.find((p) => p.start === pos)) {
    via.push(next);
    pos = next.end + 1;
  }
  const name = nameAt(text, pos, true);
  if (!name || (name.name.split(' ').length < 2 && !/\./.test(name.name))) return null;
  return AFTER_NAME.test(text.slice(name.end)) ? { name, via } : null;
}

/** The post with the portfolio printed after it and the name after that, or null. */
function withPortfolio(text: string, post: Post): { post: Post; name: NameSpan } | null {
  const m = via(text, post);
  if (!m) return null;
  const longer = { ...post, end: post.end + m.length, text: post.text + m };
  const name = nameAt(text, longer.end + 2, true);
  if (!name || name.name.split(' ').length < 2 || !AFTER_NAME.test(text.slice(name.end))) return null;
  return { post: longer, name };
}
/** "Deputy Commissioner Srinagar, Ann Roe": the place of a post printed after its head, then the
 * name after a comma. Not when a list goes on after that name ("Mayor Roe, Tom Hill and Bo Tao"). */
function withPlace(text: string, post: Post, posts: Post[]): { post: Post; name: NameSpan; via: Post[] } | null {
  const place = post.plural || post.gluedName !== null ? null : PLACE_AFTER_POST.exec(text.slice(post.end));
  if (!place) return null;
  // "Commissioner Rawalpindi Division, Engineer Ann Roe": a post printed right before the name is hers too.
  const via = posts.filter((p) => p.start === post.end + place[0].length + 2 && !p.plural);
  const name = nameAt(text, (via[0]?.end ?? post.end + place[0].length + 1) + 1, true);
  if (!name || name.name.split(' ').length < 2 || LIST_GOES_ON.test(text.slice(name.end))) return null;
  return { post: { ...post, end: post.end + place[0].length, text: post.text + place[0] }, name, via };
}
const via = (text: string, post: Post) => (post.plural ? null : PORTFOLIO.exec(text.slice(post.end))?.[0] ?? null);

/** The name printed right before "name, post": the longest valid tail of the capitalised run. */
function nameBefore(text: string, post: Post): NameSpan | null {
  const m = NAME_BEFORE.exec(text.slice(0, post.start));
  if (!m) return null;
  const words = (m[1] as string).split(' ');
  for (let k = Math.max(0, words.length - 3); k < words.length - 1; k++) {
    const run = words.slice(k).join(' ');
    if (cutName(run, false) === run) {
      const start = m.index + words.slice(0, k).join(' ').length + (k ? 1 : 0);
      return { start, end: start + run.length, name: run, from: start };
    }
  }
  // "Wangqiang, member of the municipal standing committee,": a pinyin name printed as one word.
  const last = words.at(-1) as string;
  if (!isFusedPinyinName(last)) return null;
  const start = m.index + (m[1] as string).length - last.length;
  return { start, end: start + last.length, name: last, from: start };
}

export function attachPosts(text: string, posts: Post[]): Holder[] {
  const holders: Holder[] = [];
  const holderOf = (name: NameSpan) => {
    let h = holders.find((x) => x.name.start === name.start);
    if (!h) holders.push((h = { name, posts: [] }));
    return h;
  };
  const placed = new Set<Post>();
  for (const post of posts) {
    if (placed.has(post)) continue;
    const located = withPlace(text, post, posts);
    if (located) {
      holderOf(located.name).posts.push(located.post, ...located.via);
      [post, ...located.via].forEach((p) => placed.add(p));
      continue;
    }
    const after = namesRightAfter(text, post);
    if (after.length) {
      for (const n of after) holderOf(n).posts.push(post);
      placed.add(post);
      continue;
    }
    // "Ann Roe, mayor of Qingshan and chairman of the board, said", "Bo Tao, member of the
    // committee, director of the bureau, and …": stacked after a name, one holder.
    const stacked = holders.find((h) => h.posts.some((p) => p.start > h.name.start && STACK_GAP.test(text.slice(p.end, post.start))));
    if (stacked && !post.plural) {
      stacked.posts.push(post);
      placed.add(post);
      continue;
    }
    const before = nameBefore(text, post);
    const beforeHasPost = before && holders.some((h) => h.name.start === before.start && h.posts.length);
    const comma = !before || beforeHasPost ? nameAfterComma(text, post, posts) : null;
    const portfolio = !comma && (!before || beforeHasPost) ? withPortfolio(text, post) : null;
    if (portfolio) {
      holderOf(portfolio.name).posts.push(portfolio.post);
      placed.add(post);
    } else if (comma) {
      const h = holderOf(comma.name);
      h.posts.push(post, ...comma.via);
      [post, ...comma.via].forEach((p) => placed.add(p));
    } else if (before && !beforeHasPost && !post.plural && AFTER_NAME.test(text.slice(post.end))) {
      holderOf(before).posts.push(post);
      placed.add(post);
    }
  }
  // CPC Qingshan Committee Secretary and Provincial Congress Director Mo Hua: stacked posts.
  for (const post of [...posts].reverse()) {
    if (placed.has(post) || post.plural) continue;
    const next = posts.find((p) => p.start === post.end + ' and '.length && text.slice(post.end, p.start) === ' and ');
    const holder = next && holders.find((h) => h.posts.includes(next));
    if (holder) {
      holder.posts.unshift(post);
      placed.add(post);
    }
  }
  return holders;
}
