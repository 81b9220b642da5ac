// Lists of people around a predicate: "Lin Hua, Bo Tao and Ann Roe attended" (before it) and
// "attended by Lin Hua, the deputy mayor, and Bo Tao" (after it). What may stand between two listed
// people or between the list and its predicate is read with the posts and honorifics taken out,
// so "Chief Secretary V. Ravi, Secretary of Works Arun Das and senior officials were present" is
// one list.
import type { PersonMention } from '../core/doc.js';
import { ALONG_WITH, CLAUSE_OPENERS, PREDICATE_FILLERS, SUBJECT_PRONOUNS, UNNAMED_PEOPLE_TAIL } from './lexicon-events.js';

const ALONG_WITH_GAP = new RegExp(`^\\s*,?\\s*${ALONG_WITH}\\s*$`);
import { HONORIFIC_ALTERNATION } from './lexicon-posts.js';

const HONORIFIC_WORD = new RegExp(`\\b(?:${HONORIFIC_ALTERNATION})(?: ?\\.)?(?= )`, 'g');
/** "Tom Hill of the University of Riverton, Lin Hua and …": where a listed person is from. */
const AFFILIATION = /^ of (?:the )?[A-Z][\w'’-]*(?: (?:of |for |and )?(?:the )?[A-Z][\w'’-]*)*/;
const SEPARATOR = /[,;]|\band\b|\bas well as\b|\bincluding\b|\(/;
const ENDS_CLAUSE = /[.;:!?"“”]/;
/** Inside a list a semicolon parts two people with long posts: "by the Chief of Staff, Ann Roe;
 * Special Adviser, Works, Bo Tao and …". */
const ENDS_LIST = /[.:!?"“”]/;
const WORDS = /[A-Za-z][\w'’-]*/g;

export interface ListContext {
  /** The document's text and where the sentence ends in it. */
  text: string;
  end: number;
  people: PersonMention[];
  /** Character ranges of predicates in the sentence: a list does not run across another one. */
  predicates: Array<[number, number]>;
}

/** The text between two offsets with every post and honorific blanked out. */
function masked(ctx: ListContext, from: number, to: number): string {
  let gap = ctx.text.slice(from, to);
  for (const p of ctx.people) {
    for (const t of p.titles) {
      const a = Math.max(t.start, from);
      const b = Math.min(t.end, to);
      if (a < b) gap = gap.slice(0, a - from) + ' '.repeat(b - a) + gap.slice(b - from);
    }
  }
  return gap.replace(/\([^)]*\)/g, ',').replace(HONORIFIC_WORD, '').replace(AFFILIATION, ' ');
}

const words = (gap: string) => gap.match(WORDS) ?? [];
const crossesPredicate = (ctx: ListContext, from: number, to: number) => ctx.predicates.some(([a, b]) => a >= from && b <= to);

/** Words that make a phrase between commas a clause of its own, not an appositive. */
const APPOSITIVE_STOPS = new Set([...CLAUSE_OPENERS, ...SUBJECT_PRONOUNS, 'who', 'which', 'that', 'where', 'when', 'while', 'they', 'it', 'we', 'i']);
const APPOSITIVE_BREAKS = /[.;:!?"“”]/;

/** The gap after a listed person with the phrase it opens between commas taken out, when that
 * phrase is an appositive (no clause in it): what is left says whether the list goes on.
 *   Ann Roe, the standing committee of the district council, attended   (up to the predicate) → ", "
 *   Bo Tao, director of the bureau and head of the task force, and Lin Hua                   → ", and " */
function withoutAppositive(ctx: ListContext, p: PersonMention, to: number): string {
  const from = extentEnd(ctx, p);
  const raw = ctx.text.slice(p.end, to);
  const open = raw.search(/\S/);
  const close = raw.lastIndexOf(',');
  if (open < 0 || raw[open] !== ',' || close <= open) return masked(ctx, from, to);
  const inner = raw.slice(open + 1, close);
  const [a, b] = [p.end + open + 1, p.end + close];
  const clause =
    APPOSITIVE_BREAKS.test(inner) ||
    words(inner).length > 25 ||
    words(inner).some((w) => APPOSITIVE_STOPS.has(w.toLowerCase())) ||
    ctx.predicates.some(([x, y]) => x < b && a < y) ||
    ctx.people.some((q) => q.start < b && a < q.end);
  return masked(ctx, clause ? from : Math.max(from, b), to);
}

/** Two listed people: a separator between them and a few words at most. */
function joins(ctx: ListContext, p: PersonMention, to: number, most: number): boolean {
  const from = extentEnd(ctx, p);
  const gap = withoutAppositive(ctx, p, to);
  // "Bo Tao, together with Mo Ling and …": the list goes on through its own predicate.
  if (ALONG_WITH_GAP.test(gap)) return true;
  const w = words(gap).filter((x) => !['and', 'as', 'well', 'including'].includes(x));
  return SEPARATOR.test(gap) && !ENDS_LIST.test(gap) && w.length <= most && !w.some((x) => CLAUSE_OPENERS.has(x)) && !crossesPredicate(ctx, from, to);
}

/** A person's mention with the posts printed next to it; a post shared by a list ("Provincial
 * leaders A and B") reaches only the first of it. */
function extentStart(ctx: ListContext, p: PersonMention): number {
  const near = p.titles.filter((t) => t.end <= p.start && !ctx.people.some((q) => q !== p && q.start >= t.end && q.start < p.start));
  return Math.min(p.start, ...near.map((t) => t.start));
}
function extentEnd(ctx: ListContext, p: PersonMention): number {
  const near = p.titles.filter((t) => t.start >= p.end && !ctx.people.some((q) => q !== p && q.start >= p.end && q.start < t.start));
  return Math.max(p.end, ...near.map((t) => t.end));
}

/** The people listed right before a predicate at `at` (its subject). */
export function listBefore(ctx: ListContext, at: number): PersonMention[] {
  const before = ctx.people.filter((p) => p.end <= at).sort((a, b) => b.start - a.start);
  const last = before[0];
  if (!last) return [];
  let gap = withoutAppositive(ctx, last, at);
  gap = gap.replace(UNNAMED_PEOPLE_TAIL, '');
  if (ENDS_CLAUSE.test(gap) || !words(gap).every((w) => PREDICATE_FILLERS.has(w.toLowerCase()))) return [];
  const list = [last];
  for (const p of before.slice(1)) {
    const next = list[0] as PersonMention;
    if (p.end > extentStart(ctx, next) || !joins(ctx, p, extentStart(ctx, next), 3)) break;
    list.unshift(p);
  }
  return list;
}

/** The people listed right after a predicate ending at `at` (its object). */
export function listAfter(ctx: ListContext, at: number, single = false): PersonMention[] {
  const after = ctx.people.filter((p) => p.start >= at).sort((a, b) => a.start - b.start);
  const first = after[0];
  if (!first) return [];
  const lead = words(masked(ctx, at, extentStart(ctx, first)));
  if (ENDS_CLAUSE.test(masked(ctx, at, extentStart(ctx, first))) || (lead.length > 4 && !(lead.length <= 10 && lead.at(-1) === 'and'))) return [];
  const list = [first];
  for (const p of after.slice(1)) {
    if (single) break;
    const prev = list.at(-1) as PersonMention;
    if (p.start < extentEnd(ctx, prev) || !joins(ctx, prev, extentStart(ctx, p), 10)) break;
    list.push(p);
  }
  // "A met B, and C said": a listed person a clause opens with is the next clause's subject.
  while (list.length > 1) {
    const tail = words(masked(ctx, extentEnd(ctx, list.at(-1) as PersonMention), ctx.end))[0] ?? '';
    if (!CLAUSE_OPENERS.has(tail)) break;
    list.pop();
  }
  return list;
}
