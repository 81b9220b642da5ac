// The article's own event, named by its headline, for roles the text gives when it names no event:
//   Mayor Ann Roe called the council to order; Judge Bo Tao administered the oath   (no event noun)
//   → one event "Riverton swears in new council", which those people took part in.
// As the Chinese side's articleEvent (events/participation.ts); its date is the body's first one.
import type { ArticleDoc } from '../core/doc.js';
import { englishDate } from './dates.js';

/** Adds the headline's event and makes it the article's; returns its index, or -1 with no headline. */
export function articleEvent(doc: ArticleDoc): number {
  const title = doc.article.title.trim();
  const at = title ? doc.text.indexOf(title) : -1;
  if (at < 0) return -1;
  const date = englishDate(doc.text.slice(doc.bodyStart), doc.context.year);
  const sentence = doc.sentences.findIndex((s) => s.start <= at && at < s.end);
  doc.meetings.push({ start: at, end: at + title.length, name: title, kind: 'activity', date, time: null, place: null, organizer: null, sentence });
  doc.mainMeeting = doc.meetings.length - 1;
  return doc.mainMeeting;
}
