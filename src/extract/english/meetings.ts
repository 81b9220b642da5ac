// Events an English article reports, named as the text names them:
//   Lin Hua presided over an executive meeting of the municipal government on June 3, 2022
//   The Qingshan Municipal Party Committee held a plenary session  → plenary session of the …
//   The forum on rural revitalization was held on May 5
//   … returned from a successful twinning visit to Bremen / … at the inauguration of the market
//   Mayor Lin Hua met with Ann Roe                                 → meeting (the predicate's event)
// A later "the session" / "the ceremony" refers back to an event already named.
import type { ArticleDoc, MeetingMention } from '../core/doc.js';
import { englishDate } from './dates.js';
import { EVENT_CUES, EVENT_NAME_STOPS, EVENT_NOUNS, GENERIC_EVENT_WORDS, PREDICATES, TIME_POSSESSIVES } from './lexicon-events.js';
import { listBefore } from './lists.js';

const NOUNS = EVENT_NOUNS.map(([noun]) => noun.replace('-', '\\-')).join('|');
const TIME_OWNER = `(?:(?:last|this) )?(?:${TIME_POSSESSIVES.join('|')})['’]s`;
const DETERMINERS = { optional: `(?:(?:a|an|the|its|their|his|her|${TIME_OWNER}) )?`, any: `(?:a|an|the|its|their|his|her|${TIME_OWNER}) `, article: '(?:a|an|the) ', the: 'the ' } as const;
const MODIFIER = `(?:(?!(?:with|a|an|the|of|in|on|at|for|to|and|by|from|as|${GENERIC_EVENT_WORDS.join('|')}) )[\\w.-]+ )`;
const CUED = EVENT_CUES.map(([cue, det]) => new RegExp(`\\b${cue} ${DETERMINERS[det]}(${MODIFIER}{0,4}?(?:${NOUNS})s?)\\b(?! ?[\\w-]*(?:${NOUNS}))`, 'gi'));
const SUBJECT_HOLD = /\b(?:The |the )?((?:[A-Z][\w-]* ){1,6}(?:Committee|Government|Congress|Council|Commission))\s+(?:held|convened)\s+(?:a |an |its )?((?:[\w-]+ ){0,5}?(?:meeting|session|conference))/;
const PASSIVE_HOLD = new RegExp(`\\b(?:The |the |A |a |An |an )?((?:[\\w-]+ ){0,3}?(?:${NOUNS})(?: (?:on|of) (?:the )?[\\w-]+(?: [\\w-]+){0,3}?)?) (?:was|were) (?:held|convened|opened)\\b`);
const IMPLYING = PREDICATES.filter((p) => p.implies).map((p) => ({ pattern: new RegExp(`\\b(?:${p.pattern})\\b`, 'g'), implies: p.implies as string, alone: !!p.alone }));
/** A date printed right after another event's name belongs to that one: "review items for the
 * Committee Meeting on May 12, 2021". */
const OTHER_EVENT_BEFORE = new RegExp(`\\b(?:${NOUNS})s? (?:held |set |scheduled )?(?:on|for) $`, 'i');
const QUALIFIER = /^ (?:of|on|for|to|with|between) /;

/** The words after an event noun that belong to its name: "of the municipal government", "on flood
 * control", "to commemorate the 98th anniversary of …", up to a comma, a date or a stop word. */
function qualifier(rest: string): string {
  if (!QUALIFIER.test(rest)) return '';
  const words = rest.split(/(?=[,.;:()“”"])/)[0]?.split(' ') ?? [];
  let n = 1;
  for (; n < words.length && n < 16; n++) {
    const w = words[n] as string;
    if (n > 1 && EVENT_NAME_STOPS.has(w) && !(w === 'and' && !/^(?:the|a|an|his|her|its|their)$/.test(words[n + 1] ?? ''))) break;
    if (w === 'on' && /^(?:[A-Z]|\d)/.test(words[n + 1] ?? '')) break;
  }
  return n > 2 ? words.slice(0, n).join(' ') : '';
}

const kindOf = (name: string) => EVENT_NOUNS.find(([noun]) => name.toLowerCase().includes(noun))?.[1] ?? 'meeting';
const headOf = (name: string) => EVENT_NOUNS.find(([noun]) => new RegExp(`\\b${noun}s?\\b`, 'i').test(name.split(/ (?:of|on|for|to|with|between) /)[0] ?? ''))?.[0] ?? '';

export function englishMeetings(doc: ArticleDoc): void {
  const found: MeetingMention[] = [];
  const body = doc.text.slice(doc.bodyStart);
  // A date right after another event's name ("… for the Committee Meeting on May 12") is not this one's.
  const otherEvent = (text: string, offset: number, at: number, end: number) => (d: number) => {
    const m = OTHER_EVENT_BEFORE.exec(text.slice(Math.max(0, d - 40), d));
    const noun = m ? offset + Math.max(0, d - 40) + m.index : -1;
    return noun >= 0 && (noun < at || noun > end);
  };
  const add = (name: string, at: number, sentence: number, definite: boolean) => {
    const clean = name.replace(/\s+/g, ' ').trim();
    // "the session" after the plenary session is named, "the ceremony" at a later mention: the same event.
    if (!clean || found.some((m) => m.name.includes(clean) || clean.includes(m.name) || (definite && headOf(m.name) === headOf(clean)))) return;
    if (found.length && definite && !clean.includes(' ')) return;
    const s = doc.sentences[sentence];
    const end = at + clean.length;
    const date = englishDate(s?.text ?? '', doc.context.year, otherEvent(s?.text ?? '', s?.start ?? 0, at, end)) ?? englishDate(body, doc.context.year, otherEvent(body, doc.bodyStart, at, end));
    found.push({ start: at, end: at + clean.length, name: clean, kind: kindOf(clean), date, time: null, place: null, organizer: null, sentence });
  };
  doc.sentences.forEach((s, sentence) => {
    if (s.inHeadline) return;
    const bySubject = SUBJECT_HOLD.exec(s.text);
    if (bySubject) add(`${(bySubject[2] as string).trim()} of the ${(bySubject[1] as string).trim()}`.replace(/^(a|an|its) /, ''), s.start + bySubject.index, sentence, false);
    const hits = CUED.flatMap((cue) => [...s.text.matchAll(cue)]).sort((a, b) => a.index - b.index);
    for (const m of hits) {
      const noun = m[1] as string;
      const at = m.index + m[0].length - noun.length;
      add(noun + qualifier(s.text.slice(at + noun.length)), s.start + at, sentence, /\b(?:the|its|their|his|her) $/i.test(m[0].slice(0, m[0].length - noun.length)));
    }
    const passive = PASSIVE_HOLD.exec(s.text);
    if (passive) add(passive[1] as string, s.start + passive.index, sentence, /^the /i.test(passive[0]));
  });
  // "Mayor Lin Hua met with Ann Roe": the event the predicate is, when the text names none like it.
  doc.sentences.forEach((s, sentence) => {
    if (s.inHeadline) return;
    const people = doc.people.filter((p) => p.sentence === sentence);
    for (const { pattern, implies, alone } of IMPLYING) {
      for (const m of s.text.matchAll(pattern)) {
        const named = listBefore({ text: doc.text, end: s.end, people, predicates: [] }, s.start + m.index).length > 0;
        if (named && !found.some((f) => alone || f.kind === kindOf(implies))) add(implies, s.start + m.index, sentence, false);
      }
    }
  });
  doc.meetings = found.sort((a, b) => a.start - b.start);
  doc.mainMeeting = found.length ? 0 : -1;
}
