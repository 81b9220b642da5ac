// Meetings, roles, visits and documents in English news, the same facts the Chinese recognisers
// give:
//   Deng Qunce presided over a meeting of the municipal Party standing committee on May 27
//   The meeting was chaired by Mayor Zhu Jian / Zhu Jian chaired the executive meeting
//   Zhang Xia, Li Pengfei and Gong Xueyu attended the meeting / Also present were A and B
//   Zhu stressed that … / Deng said …                                    → SPOKE_AT
//   The meeting approved the Three-Year Action Plan for …                → REVIEWED
//   Zhu Jian inspected Hengdong County                                    → VISITED
import type { ArticleDoc, MeetingMention, PersonMention, RoleFact } from '../doc.js';
import { MEETING_NOUN } from './lexicon.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = /\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})(?:, (\d{4}))?/;
const HOLD = /\b(presided over|chaired|convened|held|hosted|attended|opened|addressed)\s+(?:a |an |the )?((?:[\w-]+ ){0,8}?(?:executive meeting|standing committee meeting|plenary session|work conference|symposium|meeting|session|conference|forum|ceremony|seminar|summit))( of(?: the)?(?: (?!on\b|in\b|at\b|with\b|and\b|to\b)[A-Za-z-]+){1,8})?/i;
const SUBJECT_HOLD = /\b(?:The |the )?((?:[A-Z][\w-]* ){1,6}(?:Committee|Government|Congress|Council|Commission))\s+(?:held|convened)\s+(?:a |an |its )?((?:[\w-]+ ){0,5}?(?:meeting|session|conference))/;
const PASSIVE_HOLD = /\b(?:The |the |A |a |An |an )?((?:[\w-]+ ){0,3}?(?:forum|meeting|conference|symposium|seminar|ceremony|session)(?: (?:on|of) (?:the )?[\w-]+(?: [\w-]+){0,3}?)?) (?:was|were) (?:held|convened|opened)\b/;
const AT_EVENT = /\bat (?:a |an |the )((?:[\w-]+ ){0,4}?(?:ceremony|meeting|forum|conference|symposium|seminar))\b/;
const PRESIDE_AFTER = /^,?\s*(?:who )?(?:presided over|chaired)\b/;
const PRESIDE_BY = /\b(?:chaired|presided over|hosted) by\s+$/;
const SPEAK_AFTER = /^,?\s*(?:who )?(?:said|stressed|noted|pointed out|urged|called for|told|added|emphasized|emphasised|delivered a speech|spoke)\b/;
const VISIT_AFTER = /^,?\s*(?:inspected|visited|toured|investigated)\s+((?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,5})/;
const REVIEW = /\b(?:approved|reviewed|adopted|passed|deliberated on|studied)\s+(?:in principle\s+)?(?:the |a )?([A-Z][\w-]*(?:(?: (?:of|for|and|on|the|in|to))* (?:[A-Z0-9][\w-]*|\(\d{4}[-–]\d{4}\)))*)/;

/** The first date of the text, a date with its year preferred (the dateline often gives none). */
function englishDate(text: string, year: number | null): string | null {
  const all = [...text.matchAll(new RegExp(DATE.source, 'g'))];
  const m = all.find((d) => d[3]) ?? all[0];
  if (!m) return null;
  const month = MONTHS.indexOf((m[1] as string).toLowerCase()) + 1;
  const y = m[3] ? Number(m[3]) : year;
  return `${y === null ? '-' : y}-${String(month).padStart(2, '0')}-${String(Number(m[2])).padStart(2, '0')}`;
}

function meetingName(noun: string, qualifier: string | undefined): string {
  return `${noun}${qualifier ?? ''}`.replace(/\s+/g, ' ').trim().replace(/\b(on|of)\s*$/, '').trim();
}

export function englishMeetings(doc: ArticleDoc): void {
  const found: MeetingMention[] = [];
  const leadDate = englishDate(doc.article.paragraphs.join(' '), doc.context.year);
  doc.sentences.forEach((s, sentence) => {
    if (s.inHeadline) return;
    const held = HOLD.exec(s.text);
    const bySubject = SUBJECT_HOLD.exec(s.text);
    let name: string | null = null;
    let at = 0;
    if (bySubject) {
      name = `${(bySubject[2] as string).trim()} of the ${(bySubject[1] as string).trim()}`.replace(/^(a|an|its) /, '');
      at = s.start + bySubject.index;
    } else if (held) {
      name = meetingName(held[2] as string, held[3]);
      at = s.start + held.index + held[0].indexOf(held[2] as string);
    } else if (PASSIVE_HOLD.test(s.text)) {
      const passive = PASSIVE_HOLD.exec(s.text) as RegExpExecArray;
      name = (passive[1] as string).trim();
      at = s.start + passive.index + passive[0].indexOf(name);
    } else {
      const atEvent = AT_EVENT.exec(s.text);
      if (atEvent) {
        name = (atEvent[1] as string).trim();
        at = s.start + atEvent.index + atEvent[0].indexOf(name);
      }
    }
    if (!name || !MEETING_NOUN.test(name) || found.some((m) => m.name === name)) return;
    // "chaired the session": a bare noun after the meeting is named refers back to it.
    if (found.length && !name.includes(' ')) return;
    found.push({ start: at, end: at + name.length, name, kind: /ceremony/i.test(name) ? 'ceremony' : /inspection/i.test(name) ? 'inspection' : 'meeting', date: englishDate(s.text, doc.context.year) ?? leadDate, time: null, place: null, organizer: null, sentence });
  });
  doc.meetings = found;
  doc.mainMeeting = found.length ? 0 : -1;
}

/** The people listed right before a verb: "A, B and C attended". */
function listBefore(people: PersonMention[], text: string, at: number): PersonMention[] {
  const before = people.filter((p) => p.end <= at).sort((a, b) => b.start - a.start);
  const list: PersonMention[] = [];
  let cursor = at;
  for (const p of before) {
    const gap = text.slice(p.end, cursor);
    // Between listed people: a comma or "and", the next one's title (and Mayor …), or an appositive
    // of the one before (Michael Turner of the University of Leeds, …).
    const separator = /^(,\s*|\s*,?\s*and\s+|\s*)(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3} )?$/.test(gap);
    const appositive = list.length > 0 && /^(,\s*(?:[\w-]+ ){0,6}[\w-]+| of (?:the )?[A-Z][\w-]*(?: (?:of )?[A-Z][\w-]*){0,5}),\s*(and\s+)?$/.test(gap);
    if (!separator && !appositive) break;
    list.unshift(p);
    cursor = p.start;
  }
  return list;
}

/** The people listed right after a phrase: "attended by A, B and C". */
function listAfter(people: PersonMention[], text: string, at: number): PersonMention[] {
  const after = people.filter((p) => p.start >= at).sort((a, b) => a.start - b.start);
  const list: PersonMention[] = [];
  let cursor = at;
  for (const p of after) {
    const gap = text.slice(cursor, p.start);
    if (!/^((?:[\w-]+ ){0,4}|,\s*(?:and\s+)?(?:[\w-]+ ){0,4}|\s*and\s+(?:[\w-]+ ){0,4})$/.test(gap) || /[.;]/.test(gap)) break;
    list.push(p);
    cursor = p.end;
  }
  return list;
}

export function englishRoles(doc: ArticleDoc): void {
  const facts: RoleFact[] = [];
  const add = (type: RoleFact['type'], p: PersonMention) => {
    if (doc.mainMeeting >= 0) facts.push({ type, person: p.name, meeting: doc.mainMeeting, sentence: p.sentence, at: p.start });
  };
  doc.sentences.forEach((s, index) => {
    if (s.inHeadline) return;
    const people = doc.people.filter((p) => p.sentence === index);
    for (const p of people) {
      // "Deng Qunce, Party secretary of Hengyang, presided over": the verb follows the appositive.
      const appositiveEnd = Math.max(p.end, ...p.titles.filter((t) => t.start >= p.end).map((t) => t.end + 1));
      const rest = doc.text.slice(appositiveEnd, s.end);
      if (PRESIDE_AFTER.test(rest) || PRESIDE_BY.test(doc.text.slice(s.start, p.titles.find((t) => t.end <= p.start)?.start ?? p.start))) add('PRESIDED', p);
      else if (SPEAK_AFTER.test(rest)) add('SPOKE_AT', p);
      const visit = VISIT_AFTER.exec(rest);
      if (visit) doc.visits.push({ person: p.name, place: (visit[1] as string).replace(/^the /, ''), sentence: index });
    }
    for (const m of s.text.matchAll(/\b(attended|were present|was present|took part)\b/g)) {
      for (const p of listBefore(people, doc.text, s.start + m.index)) add('ATTENDED', p);
    }
    for (const m of s.text.matchAll(/\b(spoke at|addressed|delivered speeches)\b/g)) {
      for (const p of listBefore(people, doc.text, s.start + m.index)) add('SPOKE_AT', p);
    }
    for (const m of s.text.matchAll(/\b(attended by|[Aa]lso present were|Present were)\s+/g)) {
      for (const p of listAfter(people, doc.text, s.start + m.index + m[0].length)) add('ATTENDED', p);
    }
  });
  const presided = new Set(facts.filter((f) => f.type === 'PRESIDED').map((f) => f.person));
  doc.roles = facts.filter((f) => f.type !== 'ATTENDED' || !presided.has(f.person));
}

export function englishDocuments(doc: ArticleDoc): void {
  doc.sentences.forEach((s, sentence) => {
    const m = REVIEW.exec(s.text);
    if (!m || !m[1] || (m[1] as string).split(' ').length < 2) return;
    const title = (m[1] as string).trim();
    const start = s.start + m.index + m[0].indexOf(title);
    doc.documents.push({ start, end: start + title.length, title, sentence });
    if (doc.mainMeeting >= 0) doc.reviews.push({ meeting: doc.mainMeeting, document: doc.documents.length - 1, sentence });
  });
}
