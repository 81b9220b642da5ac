// The GraphStore seam between extraction and storage. A backend writes whole articles and answers
// the named queries; skip checks, validation and batching live above it in src/graph.
import type {
  ArticleMeta,
  FactSheet,
  MeetingDetail,
  MeetingFilter,
  MeetingRole,
  Page,
  PersonDetail,
  PersonMeeting,
  MeetingSummary,
  SearchHit,
  Stats,
} from './model.js';

export interface NamedQueries {
  /** Meetings, optionally those a person took part in, within a date range; by date, then name. */
  meetings(filter: MeetingFilter): Promise<Page<MeetingSummary>>;
  meeting(id: string): Promise<MeetingDetail | null>;
  person(id: string): Promise<PersonDetail | null>;
  /** Null when there is no such person. */
  personMeetings(id: string, role: MeetingRole | undefined, limit: number, offset: number): Promise<Page<PersonMeeting> | null>;
  search(q: string, limit: number, offset: number): Promise<Page<SearchHit>>;
  stats(): Promise<Stats>;
}

export interface GraphStore extends NamedQueries {
  readonly kind: 'memory' | 'neo4j';
  articleMeta(id: string): Promise<ArticleMeta | null>;
  /** Replaces every fact of the sheet's article with the sheet, atomically; entities left with no fact go. */
  replaceArticle(sheet: FactSheet): Promise<void>;
  /** Removes an article and its facts; false when it was not there. */
  removeArticle(id: string): Promise<boolean>;
  /** Removes entities that no article mentions any more; returns how many. */
  pruneOrphans(): Promise<number>;
  articleSources(): Promise<ArticleMeta[]>;
  close(): Promise<void>;
}
