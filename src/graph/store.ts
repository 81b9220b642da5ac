// The GraphStore seam between extraction and storage. A backend writes whole articles and answers
// the named queries; skip checks, validation and batching live above it in src/graph.
import type {
  ArticleDetail,
  ArticleMeta,
  ArticleOrder,
  ArticleRef,
  CoAttendee,
  EntityDetail,
  EntityLabel,
  EntitySort,
  EntitySummary,
  IngestRunRecord,
  Participation,
  Subgraph,
  FactSheet,
  MeetingDetail,
  MeetingFilter,
  MeetingRole,
  Page,
  PersonDetail,
  PersonMeetings,
  MeetingSummary,
  SearchHit,
  SourceRoot,
  Stats,
} from './model.js';
import type { SearchTerm } from './article-search.js';

export interface NamedQueries {
  /** Meetings, optionally those a person took part in, within a date range; by date, then name. */
  meetings(filter: MeetingFilter): Promise<Page<MeetingSummary>>;
  meeting(id: string): Promise<MeetingDetail | null>;
  person(id: string): Promise<PersonDetail | null>;
  /** Null when there is no such person. */
  personMeetings(id: string, role: MeetingRole | undefined, limit: number, offset: number): Promise<PersonMeetings | null>;
  /** Entities whose name or an alias contains q, of one label or all; exact, then prefix, then shorter. */
  search(q: string, label: EntityLabel | undefined, limit: number, offset: number): Promise<Page<SearchHit>>;
  stats(): Promise<Stats>;
  /** Articles whose title or text holds every term (article-search.ts), newest first, undated last, then by id. */
  searchArticles(terms: SearchTerm[], limit: number, offset: number): Promise<Page<ArticleRef & { text: string }>>;
  /** Entities of one label, by name or by how many articles mention them. */
  entities(label: EntityLabel, sort: EntitySort, limit: number, offset: number): Promise<Page<EntitySummary>>;
  /** Any entity with its properties and relationships; null when there is none with that id. */
  entity(id: string): Promise<EntityDetail | null>;
  /** Articles by date, oldest or newest first, then id; days of unknown year after every dated one, undated last. */
  articles(limit: number, offset: number, order?: ArticleOrder): Promise<Page<ArticleRef>>;
  article(id: string): Promise<ArticleDetail | null>;
  /** People who took part in the same meetings as this one, most shared first; null when no such person. */
  coAttendees(personId: string, limit: number, offset: number): Promise<Page<CoAttendee> | null>;
  /** Nodes within depth hops (MENTIONS aside), ring by ring, by id within a ring, capped at limit. */
  neighbourhood(id: string, depth: 1 | 2, limit: number): Promise<Subgraph | null>;
  /** The shortest path (MENTIONS aside, at most 8 hops), the smallest by node ids when there are several. */
  shortestPath(from: string, to: string): Promise<Subgraph | null>;
  /** Every person–meeting pair of PRESIDED/ATTENDED/SPOKE_AT, by person id then meeting id. */
  participation(): Promise<Participation[]>;
}

export interface GraphStore extends NamedQueries {
  readonly kind: 'memory' | 'neo4j';
  /** What opening the store found and did that its user should hear of (a torn journal tail cut off). */
  readonly notices?: string[];
  /**
   * A number that changes with every write, on a store only this process writes (the embedded
   * one, which locks its data directory): answers may be cached until it changes. Absent where
   * other processes write too.
   */
  version?(): number;
  articleMeta(id: string): Promise<ArticleMeta | null>;
  /** The metadata of those of the articles the store holds, by id: one round trip for a batch. */
  articleMetas(ids: string[]): Promise<Map<string, ArticleMeta>>;
  /** Replaces every fact of the sheet's article with the sheet, atomically; entities left with no fact go. */
  replaceArticle(sheet: FactSheet): Promise<void>;
  /**
   * Replaces several articles at once, each as replaceArticle would, and each atomically: one
   * journal write (one line per article) or one transaction for the batch. Batching is what makes
   * bulk ingest fast.
   */
  replaceArticles(sheets: FactSheet[]): Promise<void>;
  /** Removes an article and its facts; false when it was not there. */
  removeArticle(id: string): Promise<boolean>;
  /** Removes entities that no article mentions any more; returns how many. */
  pruneOrphans(): Promise<number>;
  articleSources(): Promise<ArticleMeta[]>;
  /** The named source roots, by name. */
  sourceRoots(): Promise<SourceRoot[]>;
  /** Names a root, or moves a name to the folder's new real path. */
  recordSourceRoot(root: SourceRoot): Promise<void>;
  /** Keeps the record of an ingest run; runs are listed newest first. */
  recordRun(run: IngestRunRecord): Promise<void>;
  runs(limit: number, offset: number): Promise<Page<IngestRunRecord>>;
  /** Takes the store's ingest lock for `owner` or throws StoreBusyError naming who holds it;
   * the returned function releases it. */
  lockIngest(owner: string): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
