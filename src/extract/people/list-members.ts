// Names coordinated with a name: 闻立平、池莉, 邢卫东／庞立新, 聂立强对严晓春. What stands in a list
// with a person is a person, so a candidate that looks like a name but lacks the context to be read as
// one alone is taken when it shares a list with a name already found.
import { CodeSet } from '../core/code-set.js';

interface Span {
  start: number;
  end: number;
}

// 、 and ／ list; 和, 与, 及, 同 and 对 (a match: 聂立强对严晓春) join two.
export const LIST_MARKS = new CodeSet(['、', '／', '/', '和', '与', '及', '同', '对']);

/** Whether the span [start, end) stands right after or right before a list mark. */
export const inList = (text: string, start: number, end: number): boolean =>
  (start > 0 && LIST_MARKS.has(text.charCodeAt(start - 1))) || LIST_MARKS.has(text.charCodeAt(end));

const joinedTo = (text: string, a: Span, b: Span): boolean =>
  (a.end + 1 === b.start && LIST_MARKS.has(text.charCodeAt(a.end))) || (b.end + 1 === a.start && LIST_MARKS.has(text.charCodeAt(b.end)));

const overlapsAny = (spans: readonly Span[], c: Span): boolean => spans.some((s) => s.start < c.end && c.start < s.end);

/** The `weak` candidates (best first) that stand in a list with a name of `names`, taken one after
 * another so that a list can be read along its length: 甲、乙、丙 from 甲 alone. */
export function listMembers<T extends Span>(text: string, weak: readonly T[], names: readonly Span[]): T[] {
  const taken: T[] = [];
  const all: Span[] = [...names];
  for (let added = true; added; ) {
    added = false;
    for (const c of weak) {
      if (overlapsAny(all, c) || !all.some((n) => joinedTo(text, n, c))) continue;
      taken.push(c);
      all.push(c);
      added = true;
    }
  }
  return taken;
}
