// Documents in 《》 (plans, regulations, opinions, notices) and which meeting reviewed them:
//   会议学习贯彻了《防范和处置非法集资条例》 / 审议并原则通过了《…实施方案（2020—2022年）》
// Films, songs and dances are also printed in 《》; a title counts as a document by how it ends.
import type { ArticleDoc, DocumentMention, ReviewFact } from '../core/doc.js';
import { matchesIn } from '../core/matches.js';

const DOCUMENT_END = /(条例|意见|方案|计划|计划表|办法|规定|通知|决定|纲要|规划|报告|法|法典|细则|制度|清单|公告|决议|标准|指南|措施|章程|协议|通报|批复|要点)(（[^）]*）)?$/;
const TITLE = /《([^《》]{2,80})》/g;
const REVIEW_VERB = /审议|审定|原则通过|原则同意|学习贯彻|通过了|印发|听取/;

export function documents(doc: ArticleDoc): void {
  const found: DocumentMention[] = [];
  doc.sentences.forEach((s, sentence) => {
    for (const m of matchesIn(TITLE, s.text)) {
      const title = m[1] as string;
      if (!DOCUMENT_END.test(title) || title.length < 4) continue;
      const start = s.start + m.index;
      found.push({ start, end: start + m[0].length, title, sentence });
    }
  });
  doc.documents = found;
}

export function reviews(doc: ArticleDoc): void {
  const facts: ReviewFact[] = [];
  doc.documents.forEach((d, index) => {
    const s = doc.sentences[d.sentence];
    if (!s || s.inHeadline || doc.mainMeeting < 0) return;
    const before = doc.text.slice(s.start, d.start);
    if (!REVIEW_VERB.test(before)) return;
    const named = doc.meetings.findIndex((m) => m.sentence === d.sentence && m.end <= d.start);
    facts.push({ meeting: named >= 0 ? named : doc.mainMeeting, document: index, sentence: d.sentence });
  });
  doc.reviews = facts;
}
