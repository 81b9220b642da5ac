// Names told by where they stand rather than by a post, an honorific or a pinyin surname:
//   Ann Roe met …, Tom Hill said …           → the subject of a predicate of the table
//   … swore in Tom Hill, … made up of Sue Park → the object of one
//   Ann Roe, Tom Hill and Sue Park attended   → the neighbours of a name in a list, when they open
//                                               with a given name (Tom, Sue) or are pinyin names
import nlp from 'compromise';
import { cutName, isPinyinName } from './names.js';
import { NAME_AFTER_PREDICATE, NAME_BEFORE_PREDICATE } from './predicates.js';

export interface Cued {
  start: number;
  name: string;
}

const RUN = "(?:(?:[A-Z]\\.){1,3} ?)?[A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*){1,2}";
const NEXT_IN_LIST = new RegExp(`^(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(${RUN})`);
const PREVIOUS_IN_LIST = new RegExp(`(${RUN})(?:,\\s*|\\s+and\\s+|,\\s*and\\s+)$`);

const SEPARATOR = '(?:,\\s*(?:and\\s+)?|\\s+and\\s+)';
const LIST = new RegExp(`(?<![A-Z][\\w'’-]* |[\\w'’-])${RUN}(?:${SEPARATOR}${RUN}){2,}`, 'g');
const ITEM = new RegExp(RUN, 'g');

const whole = (run: string) => cutName(run, false) === run;

/** Subjects and objects of the predicates in a sentence. */
export function predicateNames(text: string): Cued[] {
  const out: Cued[] = [];
  for (const m of text.matchAll(NAME_BEFORE_PREDICATE)) if (whole(m[1] as string)) out.push({ start: m.index, name: m[1] as string });
  for (const m of text.matchAll(NAME_AFTER_PREDICATE)) {
    const run = m[1] as string;
    if (whole(run)) out.push({ start: m.index + m[0].length - run.length, name: run });
  }
  return out;
}

const listable = (run: string) => whole(run) && (isPinyinName(run) || /\./.test(run) || nlp(run.split(' ')[0] as string).has('#FirstName'));

/** Names listed next to a known one, read outwards from it. */
export function listNeighbours(text: string, start: number, end: number): Cued[] {
  const out: Cued[] = [];
  for (let at = end, m = NEXT_IN_LIST.exec(text.slice(at)); m && listable(m[1] as string); m = NEXT_IN_LIST.exec(text.slice(at))) {
    const found = { start: at + m[0].length - (m[1] as string).length, name: m[1] as string };
    out.push(found);
    at = found.start + found.name.length;
  }
  for (let at = start, m = PREVIOUS_IN_LIST.exec(text.slice(0, at)); m && listable(m[1] as string); m = PREVIOUS_IN_LIST.exec(text.slice(0, at))) {
    out.push({ start: m.index, name: m[1] as string });
    at = m.index;
  }
  return out;
}

/** The other names of a list of three or more in which two are known people: "The councilors
 * were Jo Ann Hale, Tom Hill, Ruth Oyelaran-Bello and Sue Park" (Tom Hill, Sue Park known). */
export function listMembers(text: string, known: ReadonlyArray<{ start: number; end: number }>): Cued[] {
  const out: Cued[] = [];
  for (const list of text.matchAll(LIST)) {
    const items = [...list[0].matchAll(ITEM)].map((m) => ({ start: list.index + m.index, name: m[0] }));
    const isKnown = (i: Cued) => known.some((k) => k.start < i.start + i.name.length && i.start < k.end);
    if (items.filter(isKnown).length < 2) continue;
    out.push(...items.filter((i) => !isKnown(i) && whole(i.name)));
  }
  return out;
}
