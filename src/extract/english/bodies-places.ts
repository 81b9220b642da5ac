// Organisations and places of English articles, kept as written. A body or a place is a capitalised
// name that ends in its head word (lexicon-bodies.ts): "Qingshan Municipal Party Committee",
// "Furong District", "Baihu Lake", or the head and what its "of" names ("University of Eastfield");
// the head says which it is. A post before it in the same run is not part of it ("Mayor of Qingshan
// City"), nor is what follows the head ("Qingshan University President Lin Hua"), nor a person's name
// ("Councillor Ann Hall"). A one-word place with no head (Qingshan, Avonford) is what compromise
// reads as a place.
import nlp from 'compromise';
import type { ArticleDoc, Sentence } from '../core/doc.js';
import { HEADS_OPENING_POSTS, NAME_COORDINATORS, NAME_JOINERS, ORG_HEADS, PLACE_HEADS } from './lexicon-bodies.js';
import { DIVISION_PINYIN } from './division-pinyin.js';
import { FUNCTION_WORDS, MONTHS, WEEKDAYS } from './lexicon.js';
import { POST_HEADS, RANK_WORDS } from './lexicon-posts.js';

const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const ORG_HEAD = new Set(ORG_HEADS);
const PLACE_LEVEL = new Map(PLACE_HEADS);
const isHead = (w: string) => ORG_HEAD.has(w) || PLACE_LEVEL.has(w);
const JOINERS = new Set(NAME_JOINERS);
const COORDINATORS = new Set(NAME_COORDINATORS);
const OPENERS = new Set([...FUNCTION_WORDS, ...WEEKDAYS, ...MONTHS]);
/** Posts of one word, as a capitalised run prints them before a name: "Mayor", "Councillors", "Deputy". */
const POSTS = new Set([...POST_HEADS.flatMap((forms) => forms.filter((f) => !f.includes(' ')).map(capitalised)), ...[...RANK_WORDS].map(capitalised)]);
/** "party secretary", "police chief": a head that opens a post of two words. */
const POST_OPENED = new Set([...HEADS_OPENING_POSTS, ...POST_HEADS.flatMap((forms) => forms.filter((f) => f.split(' ').length === 2 && isHead(capitalised(f.split(' ')[0] as string))))]);
const DIVISIONS = new Set(DIVISION_PINYIN);

// A capitalised word ("People's", "Co.", "Sino-Swiss", "CPPCC"), and a run of them joined by spaces
// and the joining words; "Co., Ltd." is one name's end.
const WORD = String.raw`[A-Z][A-Za-z0-9'’\-]*\.?`;
const RUN = new RegExp(String.raw`${WORD}(?:(?:,\s+(?=Ltd|Inc))?\s+(?:(?:${NAME_JOINERS.join('|')})\s+)*${WORD})*`, 'g');

interface Found {
  start: number;
  end: number;
  text: string;
  kind: 'body' | 'place';
  head: string;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The run's words with their offsets; a full stop that ends the sentence is not the word's, the
 * one of an abbreviated head is (Co., Ltd., St.). */
function wordsOf(run: string, at: number): Word[] {
  return [...run.matchAll(/[^\s,]+/g)].map((m) => {
    const text = m[0].endsWith('.') && !isHead(m[0]) ? m[0].slice(0, -1) : m[0];
    return { text, start: at + m.index, end: at + m.index + text.length };
  });
}

const POSSESSIVE = /['’]s$/;

/** The head word a word is, if any, its possessive dropped ("Committee's"). */
const headOf = (word: string): string | null => {
  const bare = word.replace(POSSESSIVE, '');
  return isHead(bare) ? bare : null;
};

const opensPost = (words: readonly Word[], k: number) => POST_OPENED.has(`${words[k]!.text} ${words[k + 1]?.text ?? ''}`.toLowerCase());

/** The name the words hold, if they end in a head word (or hold a head and its "of"). */
function nameIn(words: readonly Word[], run: string, at: number): Found | null {
  // The last head word, or the first one its "of" follows ("University of Eastfield", "City of Port
  // Avon"): the name then runs on to what the "of" names, heads in it included, up to a post.
  let last = -1;
  let named = false;
  for (let k = 0; k < words.length && !named; k++) {
    // "Qingshan Party Secretary Lin Hua": the head opens a post's name, not a body's end.
    if (!headOf(words[k]!.text) || opensPost(words, k)) continue;
    last = k;
    named = words[k + 1]?.text === 'of';
  }
  if (last < 0) return null;
  const head = headOf(words[last]!.text) as string;
  let end = last;
  if (named) {
    // "Department of Commerce Director Li Ming": the name ends before the post.
    end = last + 1;
    while (end + 1 < words.length && !POSTS.has(words[end + 1]!.text)) end++;
    while (end > last && JOINERS.has(words[end]!.text)) end--;
  }
  // The name's words before its head stand together, no joiner between them: "Professor Ann Roe of
  // the University of Eastfield". What opens them without being part of the name ("The", "On", a
  // post) is left out.
  let start = last;
  while (start > 0 && !JOINERS.has(words[start - 1]!.text)) start--;
  while (start < last && (OPENERS.has(words[start]!.text) || POSTS.has(words[start]!.text))) start++;
  // A name is more than its head: "City Hall" is one, "Council" alone is not.
  if (end === start) return null;
  const first = words[start]!;
  const final = words[end]!;
  const stop = POSSESSIVE.test(final.text) ? final.end - 2 : final.end;
  return { start: first.start, end: stop, text: run.slice(first.start - at, stop - at), kind: ORG_HEAD.has(head) ? 'body' : 'place', head };
}

/**
 * The names a run of capitalised words holds, offsets the sentence's. A run is split where "and"
 * joins two names, each with its head ("Qingshan Party Committee and the Qingshan Municipal
 * Government"), not where it joins the parts of one ("Department of Roads and Public Works").
 */
export function namesInRun(run: string, at: number): Found[] {
  const words = wordsOf(run, at);
  const parts: Word[][] = [[]];
  for (const [k, w] of words.entries()) {
    const current = parts[parts.length - 1] as Word[];
    if (COORDINATORS.has(w.text) && current.some((x) => headOf(x.text)) && words.slice(k + 1).some((x) => headOf(x.text) && !POSTS.has(x.text))) parts.push([]);
    else current.push(w);
  }
  return parts.flatMap((part) => {
    const name = part.length ? nameIn(part, run, at) : null;
    return name ? [name] : [];
  });
}

/** Every body and place named by its head in the sentence. */
function namedByHead(s: Sentence): Found[] {
  return [...s.text.matchAll(RUN)].flatMap((m) => namesInRun(m[0], m.index));
}

const trim = (s: string) => s.replace(/^(the|The)\s+/, '').replace(/[,.;:'’s]+$/, '').trim();

export function englishBodiesAndPlaces(doc: ArticleDoc): void {
  // "Councillor Ann Hall": a person's name is no place, whatever its last word.
  const isPerson = (start: number, end: number) => doc.people.some((p) => p.start < end && start < p.end);
  doc.sentences.forEach((s, sentence) => {
    if (s.inHeadline) return;
    const named = namedByHead(s).filter((n) => !isPerson(s.start + n.start, s.start + n.end));
    const covered = (start: number, end: number) => named.some((n) => n.start < end && start < n.end);
    for (const n of named) {
      const start = s.start + n.start;
      const end = s.start + n.end;
      if (n.kind === 'body') doc.bodies.push({ start, end, written: n.text, sentence });
      else {
        // "Qingshan City", "Hunan Province": a Chinese division is known by its one-word name.
        const short = /^(\S+) (?:City|Province|Prefecture)$/.exec(n.text)?.[1];
        const name = short && DIVISIONS.has(short) ? short : n.text;
        if (!doc.places.some((p) => p.name === name)) doc.places.push({ start, end, written: n.text, name, level: PLACE_LEVEL.get(n.head) ?? 'venue', parent: null, sentence });
      }
    }
    // Places with no head word: what compromise knows as places, outside the names read above, each
    // word of them capitalised and none a post's ("Avon Mayor", "State Acting" are not places).
    for (const place of (nlp(s.text).places().out('array') as string[]).map(trim)) {
      const at = s.text.indexOf(place);
      if (place.length < 3 || at < 0 || covered(at, at + place.length) || isPerson(s.start + at, s.start + at + place.length) || doc.places.some((p) => p.name === place)) continue;
      const words = place.split(' ');
      if (!words.every((w) => /^[A-Z][\p{L}'’.-]*$/u.test(w) && !POSTS.has(w) && !ORG_HEAD.has(w))) continue;
      doc.places.push({ start: s.start + at, end: s.start + at + place.length, written: place, name: place, level: PLACE_LEVEL.get(words[words.length - 1] as string) ?? 'city', parent: null, sentence });
    }
  });
}
