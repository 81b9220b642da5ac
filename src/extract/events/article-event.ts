// The event the article reports when the text names none the meeting patterns read (县领导看望代表,
// "Mayor Ann Roe called the council to order"): named by the article's headline (or the opening of
// its lead when it has none), on the day the caller reads from the lead. Made once, and only when
// someone presided or attended, so an article that tells of no event gets no meeting.
import type { ArticleDoc } from '../core/doc.js';

/** Where the text names the event, when the caller found it: "the special meeting" in a sentence. */
export interface EventNamed {
  start: number;
  name: string;
  kind: string;
  sentence: number;
}

/** The article's main event, made if it has none yet: named where `named` says, else by the headline;
 * -1 where the headline stands in no sentence. */
export function articleEvent(doc: ArticleDoc, day: { date: string | null; time: string | null }, named?: EventNamed): number {
  if (doc.mainMeeting >= 0) return doc.mainMeeting;
  const title = doc.article.title.trim();
  const at = named ? named.start : title ? doc.text.indexOf(title) : -1;
  const sentence = named ? named.sentence : at < 0 ? -1 : doc.sentences.findIndex((s) => s.start <= at && at < s.end);
  if (sentence < 0) return -1;
  const name = named?.name ?? title;
  doc.meetings.push({ start: at, end: at + name.length, name, kind: named?.kind ?? 'activity', ...day, place: null, organizer: null, sentence });
  doc.mainMeeting = doc.meetings.length - 1;
  return doc.mainMeeting;
}
