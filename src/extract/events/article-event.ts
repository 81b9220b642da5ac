// The event the article reports when the text names none the meeting patterns read (县领导看望代表,
// "Mayor Ann Roe called the council to order"): named by the article's headline (or the opening of
// its lead when it has none), on the day the caller reads from the lead. Made once, and only when
// someone presided or attended, so an article that tells of no event gets no meeting.
import type { ArticleDoc } from '../core/doc.js';

/** The article's main event, made from its headline if it has none yet; -1 where the headline stands in no sentence. */
export function articleEvent(doc: ArticleDoc, day: { date: string | null; time: string | null }): number {
  if (doc.mainMeeting >= 0) return doc.mainMeeting;
  const title = doc.article.title.trim();
  const at = title ? doc.text.indexOf(title) : -1;
  const sentence = at < 0 ? -1 : doc.sentences.findIndex((s) => s.start <= at && at < s.end);
  if (sentence < 0) return -1;
  doc.meetings.push({ start: at, end: at + title.length, name: title, kind: 'activity', ...day, place: null, organizer: null, sentence });
  doc.mainMeeting = doc.meetings.length - 1;
  return doc.mainMeeting;
}
