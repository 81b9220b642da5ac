// Documents an English article names: a plan or law the meeting approved ("The meeting approved the
// Urban Renewal Plan" → REVIEWED), and any capitalised title ending in a document word ("uphold the
// Basic Law of the Region", "support the Constitution of the State of Ohio", "the Local Councils Act
// 2015" with its year).
import type { ArticleDoc } from '../core/doc.js';
import { DOCUMENT_HEADS, NUMBERED_DOCUMENTS } from './lexicon-events.js';

const REVIEW = /\b(?:approved|reviewed|adopted|passed|deliberated on|studied)\s+(?:in principle\s+)?(?:the |a )?([A-Z][\w-]*(?:(?: (?:of|for|and|on|the|in|to))* (?:[A-Z0-9][\w-]*|\(\d{4}[-–]\d{4}\)))*)/;
// A head ends the title only where the name ends: "the Cebu International Convention Center" and "the
// District Law and Order Committee" go on into a place's or a body's name, and "the State Acting
// Chief Judge" holds no Act. A law cited with its year and number keeps them: "the Local Governance
// Act, 2016 (Act 936)".
const HEAD = `(?:${DOCUMENT_HEADS.join('|')})\\b`;
const ENDS = "(?! [A-Z]| and [A-Z]| & [A-Z])";
const NAMED = new RegExp(
  `\\bthe ((?:[A-Z][\\w-]* ){1,6}${HEAD}(?:,? (?:19|20)\\d\\d(?: \\([A-Z][A-Za-z]* \\d+\\))?)?(?: of (?:the )?[A-Z][\\w-]*(?: (?:of )?(?:the )?[A-Z][\\w.-]*)*)?${ENDS}|${HEAD} of (?:the )?[A-Z][\\w-]*(?: (?:of )?(?:the )?[A-Z][\\w.-]*)*)`,
  'g',
);
const NUMBERED = new RegExp(`\\b((?:${NUMBERED_DOCUMENTS.join('|')}) (?:No\\. ?)?\\d+(?:[-–]\\d+)?)\\b`, 'g');

export function englishDocuments(doc: ArticleDoc): void {
  const add = (title: string, start: number, sentence: number) => {
    if (!doc.documents.some((d) => d.title === title || d.title.includes(title))) doc.documents.push({ start, end: start + title.length, title, sentence });
    return doc.documents.findIndex((d) => d.title === title || d.title.includes(title));
  };
  doc.sentences.forEach((s, sentence) => {
    if (s.inHeadline) return;
    const m = REVIEW.exec(s.text);
    if (m && (m[1] as string).split(' ').length >= 2) {
      const title = (m[1] as string).trim();
      const index = add(title, s.start + m.index + m[0].indexOf(title), sentence);
      if (doc.mainMeeting >= 0 && index >= 0) doc.reviews.push({ meeting: doc.mainMeeting, document: index, sentence });
    }
    for (const named of s.text.matchAll(NAMED)) {
      const title = (named[1] as string).replace(/[.]$/, '');
      add(title, s.start + named.index + 4, sentence);
    }
    for (const numbered of s.text.matchAll(NUMBERED)) add(numbered[1] as string, s.start + numbered.index, sentence);
  });
}
