// Organisations and places of English articles, kept as written. A body or a place is a capitalised
// name that ends in its head word (lexicon-bodies.ts): "Linyi Municipal Party Committee", "Yuelu
// District", "Dongting Lake", or the head and what its "of" names ("University of Leeds"); the head
// says which it is. A post before it in the same run is not part of it ("Mayor of Yueyang City"),
// nor is what follows the head ("Xiangtan University President Zhang Wenjie"). A one-word place
// with no head (Linyi, Hamburg, Ghana) is what compromise reads as a place.
import nlp from 'compromise';
import type { ArticleDoc, Sentence } from '../core/doc.js';
import { HEADS_OPENING_POSTS, NAME_JOINERS, NAME_PRECEDING_POSTS, NOT_NAME_OPENERS, ORG_HEADS, PLACE_HEADS } from './lexicon-bodies.js';
import { DIVISION_PINYIN } from './division-pinyin.js';
import { MONTHS, WEEKDAYS } from './lexicon.js';

const ORG_HEAD = new Set(ORG_HEADS);
const PLACE_HEAD = new Set(PLACE_HEADS);
const JOINERS = new Set(NAME_JOINERS);
const OPENERS = new Set([...NOT_NAME_OPENERS, ...WEEKDAYS, ...MONTHS]);
const POSTS = new Set(NAME_PRECEDING_POSTS);
const POST_OPENED = new Set(HEADS_OPENING_POSTS);
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
    const text = m[0].endsWith('.') && !ORG_HEAD.has(m[0]) && !PLACE_HEAD.has(m[0]) ? m[0].slice(0, -1) : m[0];
    return { text, start: at + m.index, end: at + m.index + text.length };
  });
}

/** The head word a word is, if any, its possessive dropped ("Committee's"). */
const headOf = (word: string): string | null => {
  const bare = word.replace(/['’]s$/, '');
  return ORG_HEAD.has(bare) || PLACE_HEAD.has(bare) ? bare : null;
};

/** The name a run of capitalised words holds, if it ends in a head word. Offsets are the sentence's. */
export function nameInRun(run: string, at: number): Found | null {
  const words = wordsOf(run, at);
  // The last head word, or the first one its "of" follows ("University of Leeds", "City of Port
  // Avon"): the name then runs on to what the "of" names, heads in it included.
  let last = -1;
  let named = false;
  for (let k = 0; k < words.length && !named; k++) {
    // "Shanghai Party Secretary Li": the head opens a post's name, not a body's end.
    if (!headOf(words[k]!.text) || POST_OPENED.has(`${words[k]!.text} ${words[k + 1]?.text ?? ''}`)) continue;
    last = k;
    named = words[k + 1]?.text === 'of';
  }
  if (last < 0) return null;
  const head = headOf(words[last]!.text) as string;
  let end = last;
  if (named) {
    end = words.length - 1;
    while (end > last && JOINERS.has(words[end]!.text)) end--;
  }
  // The name's words before its head stand together, no "of" or "and" between them: "Professor Ann
  // Roe of the University of Leeds", "Committee Secretary and Qingshan Water Bureau". What opens them
  // without being part of the name ("The", "On", a post) is left out.
  let start = last;
  while (start > 0 && !JOINERS.has(words[start - 1]!.text)) start--;
  while (start < last && (OPENERS.has(words[start]!.text) || POSTS.has(words[start]!.text))) start++;
  // A name is more than its head: "City Hall" is one, "Council" alone is not.
  if (end === start) return null;
  const first = words[start]!;
  const final = words[end]!;
  const stop = end === last && final.text !== head && /['’]s$/.test(final.text) ? final.end - 2 : final.end;
  return { start: first.start, end: stop, text: run.slice(first.start - at, stop - at), kind: ORG_HEAD.has(head) ? 'body' : 'place', head };
}

/** Every body and place named by its head in the sentence. */
function namedByHead(s: Sentence): Found[] {
  const found: Found[] = [];
  for (const m of s.text.matchAll(RUN)) {
    const name = nameInRun(m[0], m.index);
    if (name) found.push(name);
  }
  return found;
}

const LEVEL_OF_HEAD: Record<string, string> = { District: 'county', County: 'county', Tehsil: 'county', LGA: 'county', Province: 'province', State: 'province', Region: 'province', Prefecture: 'city', City: 'city', Metropolis: 'city', Republic: 'country', Town: 'town', Township: 'town', Village: 'town' };

const trim = (s: string) => s.replace(/^(the|The)\s+/, '').replace(/[,.;:'’s]+$/, '').trim();

export function englishBodiesAndPlaces(doc: ArticleDoc): void {
  doc.sentences.forEach((s, sentence) => {
    if (s.inHeadline) return;
    const named = namedByHead(s);
    const covered = (start: number, end: number) => named.some((n) => n.start < end && start < n.end);
    for (const n of named) {
      const start = s.start + n.start;
      const end = s.start + n.end;
      if (n.kind === 'body') doc.bodies.push({ start, end, written: n.text, sentence });
      else {
        // "Yueyang City", "Hunan Province": a Chinese division is known by its one-word name.
        const short = /^(\S+) (?:City|Province|Prefecture)$/.exec(n.text)?.[1];
        const name = short && DIVISIONS.has(short) ? short : n.text;
        if (!doc.places.some((p) => p.name === name)) doc.places.push({ start, end, written: n.text, name, level: LEVEL_OF_HEAD[n.head] ?? 'venue', parent: null, sentence });
      }
    }
    // Places with no head word: what compromise knows as places, outside the names read above, each
    // word of them capitalised and none a post's ("Walsall Mayor", "State Acting" are not places).
    for (const place of (nlp(s.text).places().out('array') as string[]).map(trim)) {
      const at = s.text.indexOf(place);
      if (place.length < 3 || at < 0 || covered(at, at + place.length) || doc.places.some((p) => p.name === place)) continue;
      if (!place.split(' ').every((w) => /^[A-Z][\p{L}'’.-]*$/u.test(w) && !POSTS.has(w) && !ORG_HEAD.has(w))) continue;
      doc.places.push({ start: s.start + at, end: s.start + at + place.length, written: place, name: place, level: /District|County/.test(place) ? 'county' : 'city', parent: null, sentence });
    }
  });
}
