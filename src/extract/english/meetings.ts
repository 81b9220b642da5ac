// Events an English article reports, named as the text names them:
//   Zhou Hai presided over an executive meeting of the municipal government on June 3, 2022
//   The Zhuzhou Municipal Party Committee held a plenary session  → plenary session of the …
//   The forum on rural revitalization was held on May 5
//   … returned from a successful twinning visit to Bremen / … at the inauguration of the market
//   Mayor Lin Hua met with Ann Roe                                 → meeting (the predicate's event)
// A later "the session" / "the ceremony" refers back to an event already named.
import type { ArticleDoc, MeetingMention } from '../core/doc.js';
import { englishDate } from './dates.js';
import { EVENT_CUES, EVENT_NAME_STOPS, EVENT_NOUNS, PREDICATES } from './lexicon-events.js';

const NOUNS = EVENT_NOUNS.map(([noun]) => noun.replace('-', '\\-')).join('|');
const DETERMINERS = { optional: '(?:(?:a|an|the|its|their|his|her) )?', any: '(?:a|an|the|its|their|his|her) ', article: '(?:a|an|the) ', the: 'the ' } as const;
const MODIFIER = '(?:(?!(?:with|a|an|the|of|in|on|at|for|to|and|by|from|as) )[\\w.-]+ )';
const CUED = EVENT_CUES.map(([cue, det]) => new RegExp(`\\b${cue} ${DETERMINERS[det]}(${MODIFIER}{0,4}?(?:${NOUNS})s?)\\b(?! ?[\\w-]*(?:${NOUNS}))`, 'gi'));
const SUBJECT_HOLD = /\b(?:The |the )?((?:[A-Z][\w-]* ){1,6}(?:Committee|Government|Congress|Council|Commission))\s+(?:held|convened)\s+(?:a |an |its )?((?:[\w-]+ ){0,5}?(?:meeting|session|conference))/;
const PASSIVE_HOLD = new RegExp(`\\b(?:The |the |A |a |An |an )?((?:[\\w-]+ ){0,3}?(?:${NOUNS})(?: (?:on|of) (?:the )?[\\w-]+(?: [\\w-]+){0,3}?)?) (?:was|were) (?:held|convened|opened)\\b`);
const IMPLYING = PREDICATES.filter((p) => p.implies).map((p) => ({ pattern: new RegExp(`\\b(?:${p.pattern})\\b`, 'g'), implies: p.implies as string }));
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
  const leadDate = englishDate(doc.article.paragraphs.join(' '), doc.context.year);
  const add = (name: string, at: number, sentence: number, definite: boolean) => {
    const clean = name.replace(/\s+/g, ' ').trim();
    // "the session" after the plenary session is named, "the ceremony" at a later mention: the same event.
    if (!clean || found.some((m) => m.name.includes(clean) || clean.includes(m.name) || (definite && headOf(m.name) === headOf(clean)))) return;
    if (found.length && definite && !clean.includes(' ')) return;
    const s = doc.sentences[sentence];
    const date = englishDate(s?.text ?? '', doc.context.year) ?? leadDate;
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
  // "Mayor Lin Hua met with Ann Roe": the meeting the predicate is, when the text names none like it.
  doc.sentences.forEach((s, sentence) => {
    if (s.inHeadline) return;
    for (const { pattern, implies } of IMPLYING) {
      for (const m of s.text.matchAll(pattern)) {
        const between = s.text.slice(0, m.index);
        if (/[A-Z][a-z]+,? (?:also )?$/.test(between) && !found.some((f) => headOf(f.name) === implies)) add(implies, s.start + m.index, sentence, false);
      }
    }
  });
  doc.meetings = found.sort((a, b) => a.start - b.start);
  doc.mainMeeting = found.length ? 0 : -1;
}
