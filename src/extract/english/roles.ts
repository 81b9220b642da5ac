// Who took part in the article's event, read from the predicate table (lexicon-events.ts): each
// predicate gives a role to the people listed before it and/or after it.
//   Vice Mayor Chen Hua, Liu Bo and He Min attended the meeting     → ATTENDED, in list order
//   The forum was chaired by Wang Jun                                → PRESIDED
//   He then held an emergency meeting                                → PRESIDED (he: the last person named)
//   The Governor, represented by his deputy, Ade Bello, …           → Ade Bello ATTENDED, the Governor none
//   Qin Feng inspected Furong District                               → VISITED Furong District
// and, where the article reports an event, everyone else its body names took part in it, unless the
// clause naming them places them elsewhere or in the past (ELSEWHERE in lexicon-events.ts).
import { mentionAt, spanOf, type ArticleDoc, type PersonMention, type RoleFact, type Span } from '../core/doc.js';
import { articleEvent } from '../events/article-event.js';
import { englishDate } from './dates.js';
import { ELSEWHERE, EVENT_NOUNS, EVENT_REFERENCES, GENERIC_EVENT_WORDS, PREDICATE_FILLERS, SAID_ELSEWHERE, SUBJECT_PRONOUNS, type PredicateRow } from './lexicon-events.js';
import { listAfter, listBefore, type ListContext } from './lists.js';
import { EVENT_OR_REFERENCE, PREDICATE_RES } from './predicates.js';
const PRONOUN_BEFORE = /\b(he|she|He|She)((?: [a-z]+){0,2}) $/;
const VISIT_AFTER = /^,?\s*(?:inspected|visited|toured|investigated)\s+((?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,5})/;

interface Hit {
  row: PredicateRow;
  start: number;
  end: number;
}

/** The predicates of a sentence, an earlier row winning where two overlap ("chaired by" over "chaired"). */
function predicatesIn(text: string, offset: number): Hit[] {
  const hits: Hit[] = [];
  for (const { row, re } of PREDICATE_RES) {
    for (const m of text.matchAll(re)) {
      const start = offset + m.index;
      const end = start + m[0].length;
      if (!hits.some((h) => h.start < end && start < h.end)) hits.push({ row, start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** "He then held …": the pronoun right before the predicate, or opening a sentence that names no one
 * before it, stands for the first person of the last sentence that names someone. */
function pronounSubject(doc: ArticleDoc, index: number, hit: Hit, people: PersonMention[]): PersonMention | null {
  const s = doc.sentences[index];
  if (!s) return null;
  const before = doc.text.slice(s.start, hit.start);
  const near = PRONOUN_BEFORE.exec(before);
  const adjacent = near && (near[2] as string).trim().split(' ').filter(Boolean).every((w) => PREDICATE_FILLERS.has(w));
  const opening = /^(?:He|She)\b/.test(before) && !people.some((p) => p.end <= hit.start);
  if (!adjacent && !opening) return null;
  for (let k = index - 1; k >= 0; k--) {
    if (doc.sentences[k]?.inHeadline) break;
    const first = doc.people.filter((p) => p.sentence === k).sort((a, b) => a.start - b.start)[0];
    if (first) return first;
  }
  return null;
}

/** The clause a mention stands in, from the mark before it to the mark after it, with a relative
 * clause about the person ("Tom Hill, who secured the funding last year,"). */
function clauseAround(text: string, s: { start: number; end: number }, p: PersonMention): string {
  const before = text.slice(s.start, p.start);
  const open = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  const after = text.slice(p.end, s.end);
  const relative = /^,\s*(?:who|whose|whom)\b[^,;]*/.exec(after);
  const close = relative ? relative[0].length : after.search(/[,;]/);
  return text.slice(open < 0 ? s.start : s.start + open + 1, close < 0 ? s.end : p.end + close);
}

// "The swearing-in ceremony was presided over by …", "addressing the function": an event the body
// refers to with an event noun or a word for it, where no pattern named one.
const EVENT_MENTION = new RegExp(`\\b(?:the|a|an|this|that|its|their) ((?:(?!(?:${GENERIC_EVENT_WORDS.join('|')})\\b)[\\w-]+ ){0,2}?(?:${[...EVENT_NOUNS.map(([n]) => n), ...EVENT_REFERENCES].join('|')}))\\b`, 'i');

/** The article's own event where it has none yet: the first one its body refers to ("the ceremony",
 * "a special meeting", "the function"), else one named by the headline. */
function eventOfArticle(doc: ArticleDoc): number {
  if (doc.mainMeeting >= 0) return doc.mainMeeting;
  const day = { date: englishDate(doc.text.slice(doc.bodyStart), doc.context.year), time: null };
  for (const [sentence, s] of doc.sentences.entries()) {
    const m = s.inHeadline ? null : EVENT_MENTION.exec(s.text);
    if (!m) continue;
    const name = m[1] as string;
    const kind = EVENT_NOUNS.find(([n]) => name.toLowerCase().endsWith(n))?.[1] ?? 'activity';
    return articleEvent(doc, day, { start: s.start + m.index + m[0].length - name.length, name, kind, sentence });
  }
  return articleEvent(doc, day);
}

export function englishRoles(doc: ArticleDoc): void {
  const facts: RoleFact[] = [];
  const represented = new Set<string>();
  const add = (type: RoleFact['type'], p: PersonMention) => {
    // Speaking alone tells of no event (a quote may be said to the reporter); other roles do.
    const event = doc.mainMeeting >= 0 || type === 'SPOKE_AT' ? doc.mainMeeting : eventOfArticle(doc);
    if (event >= 0) facts.push({ type, mention: spanOf(p), meeting: event, sentence: p.sentence });
  };
  doc.sentences.forEach((s, index) => {
    if (s.inHeadline) return;
    const people = doc.people.filter((p) => p.sentence === index);
    const hits = predicatesIn(s.text, s.start);
    const ctx: ListContext = { text: doc.text, end: s.end, people, predicates: hits.map((h) => [h.start, h.end]) };
    for (const hit of hits) {
      if (hit.row.needsEvent && !EVENT_OR_REFERENCE.test(s.text)) continue;
      // "… said in a statement", "was briefed by": words said elsewhere, or to the subject, tell of
      // no part it took in the event.
      if (hit.row.before === 'SPOKE_AT' && (SAID_ELSEWHERE.test(doc.text.slice(hit.end, s.end)) || /\b(?:was|were|been|being) $/.test(doc.text.slice(s.start, hit.start)))) continue;
      let subject = hit.row.before || hit.row.represents ? listBefore(ctx, hit.start) : [];
      if (!subject.length && hit.row.before && SUBJECT_PRONOUNS.size) {
        const he = pronounSubject(doc, index, hit, people);
        if (he) subject = [he];
      }
      const object = hit.row.after ? listAfter(ctx, hit.end, hit.row.represents) : [];
      if (hit.row.before) subject.forEach((p) => add(hit.row.before as RoleFact['type'], p));
      if (hit.row.after) object.forEach((p) => add(hit.row.after as RoleFact['type'], p));
      if (hit.row.represents && object.length) {
        const last = object.at(-1) as PersonMention;
        const stand = subject[0] ?? people.filter((p) => p.start > last.end).sort((a, b) => a.start - b.start)[0];
        if (stand) represented.add(stand.name);
      }
    }
    for (const p of people) {
      const appositiveEnd = Math.max(p.end, ...p.titles.filter((t) => t.start >= p.end).map((t) => t.end));
      const visit = VISIT_AFTER.exec(doc.text.slice(appositiveEnd, s.end));
      if (visit) doc.visits.push({ mention: spanOf(p), place: (visit[1] as string).replace(/^the /, ''), sentence: index });
    }
  });
  const name = (f: { mention: Span }) => mentionAt(doc, f.mention)?.name ?? '';
  // An event report names the people who were there: where the article reports an event (one its
  // predicates tied someone to, or one its text names), everyone else it names in its body took
  // part too, unless the sentence naming them places them elsewhere (a statement, a late or absent
  // person, a namesake).
  const event = facts.find((f) => f.type !== 'SPOKE_AT')?.meeting ?? doc.mainMeeting;
  if (event >= 0) {
    const taking = new Set(facts.map(name));
    const reporters = new Set(doc.reporters.map((r) => r.name));
    const firstMention = new Map<string, PersonMention>();
    for (const p of doc.people) {
      const s = doc.sentences[p.sentence];
      if (!s || s.inHeadline || p.start < doc.bodyStart || taking.has(p.name) || reporters.has(p.name) || represented.has(p.name)) continue;
      if (ELSEWHERE.test(clauseAround(doc.text, s, p))) continue;
      if (!firstMention.has(p.name)) firstMention.set(p.name, p);
    }
    for (const p of firstMention.values()) facts.push({ type: 'ATTENDED', mention: spanOf(p), meeting: event, sentence: p.sentence });
  }
  const presided = new Set(facts.filter((f) => f.type === 'PRESIDED').map(name));
  doc.roles = facts.filter((f) => !represented.has(name(f)) && (f.type !== 'ATTENDED' || !presided.has(name(f))));
  doc.visits = doc.visits.filter((v) => !represented.has(name(v)));
}
