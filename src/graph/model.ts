// The graph model the stores expose, and the shapes the named queries answer with. Both stores
// return exactly these shapes, so the API and the CLI never know which one they talk to.
export type { Entity, FactSheet, Relation } from './fact-sheet.js';
import type { ArticleRecord } from './fact-sheet.js';

export const NODE_LABELS = ['Article', 'Person', 'Organization', 'Place', 'Meeting', 'Document'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export interface ArticleMeta {
  id: string;
  source: string;
  contentHash: string;
  extractorVersion: string;
  /** The hash of the page and settings it was read from (ArticleRecord.pageHash); null when unknown. */
  pageHash: string | null;
  /** How many articles that page gave (ArticleRecord.pageArticles); null when unknown. */
  pageArticles: number | null;
}

/**
 * A folder of pages the user named (`ingest FOLDER --source NAME`), kept by the store: its pages'
 * source keys are `NAME:path/inside`, wherever the folder is found later and however it is typed.
 */
export interface SourceRoot {
  name: string;
  /** The folder's real path when it was last ingested under that name. */
  path: string;
}

export interface Ref {
  id: string;
  name: string;
}

/** The orders articles are listed in: by date, oldest or newest first. */
export const ARTICLE_ORDERS = ['oldest', 'newest'] as const;
export type ArticleOrder = (typeof ARTICLE_ORDERS)[number];

export interface ArticleRef {
  id: string;
  title: string;
  date: string | null;
  source: string;
}

export interface RoleEntry {
  person: Ref;
  evidence: string;
  articleId: string;
}

export interface Attendee extends RoleEntry {
  order: number | null;
}

export interface MeetingSummary {
  id: string;
  name: string;
  kind: string | null;
  date: string | null;
  time: string | null;
  /** The body or place that holds it (中共衡阳市委常委会, 衡阳市): two meetings of one name and day held by two cities are two. */
  heldBy: string | null;
  /** The division whose meeting it is (衡阳市, 湖南省), part of what makes it one meeting. */
  heldIn: string | null;
  presidedBy: Ref[];
}

export interface MeetingDetail extends MeetingSummary {
  presided: RoleEntry[];
  attendees: Attendee[];
  speakers: RoleEntry[];
  places: Ref[];
  organizers: Ref[];
  documents: Array<{ id: string; title: string; evidence: string }>;
  articles: ArticleRef[];
}

export interface Post {
  title: string;
  role: string | null;
  former: boolean;
  organization: Ref & { type: 'Organization' | 'Place' };
  evidence: string;
  articleId: string;
}

export interface PersonDetail {
  id: string;
  name: string;
  aliases: string[];
  posts: Post[];
  meetingCounts: { presided: number; attended: number; spoke: number };
  articles: ArticleRef[];
}

export type MeetingRole = 'presided' | 'attended' | 'spoke';

/** The relationship each role is stored as, in the order roles are listed (presided first). */
export const ROLE_TYPE: Readonly<Record<MeetingRole, string>> = { presided: 'PRESIDED', attended: 'ATTENDED', spoke: 'SPOKE_AT' };
/** The role a relationship type stands for. */
export const TYPE_ROLE: Readonly<Record<string, MeetingRole>> = Object.fromEntries(Object.entries(ROLE_TYPE).map(([role, type]) => [type, role as MeetingRole]));

export interface PersonMeeting extends MeetingSummary {
  role: MeetingRole;
  evidence: string;
  articleId: string;
  order: number | null;
}

/** A page of a person's meetings, with the person they are of. */
export interface PersonMeetings extends Page<PersonMeeting> {
  person: Ref;
}

export interface SearchHit {
  id: string;
  type: NodeLabel;
  name: string;
  aliases: string[];
}

export interface Stats {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  articles: number;
  /** When the newest article was taken in; null for an empty store. */
  lastIngest: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** One page of a list held whole. */
export function pageOf<T>(all: T[], limit: number, offset: number): Page<T> {
  return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
}

/** Meetings oldest first (date), or newest first with the dates of unknown year after all dated ones (latest). */
export type MeetingOrder = 'date' | 'latest';

export interface MeetingFilter {
  personId?: string;
  role?: MeetingRole;
  from?: string;
  to?: string;
  order?: MeetingOrder;
  limit: number;
  offset: number;
}

export const ENTITY_LABELS = ['Person', 'Organization', 'Place', 'Meeting', 'Document'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** A node of any label, as lists, links and graph views show it. */
export interface NodeRef {
  id: string;
  type: NodeLabel;
  name: string;
}

export interface EntitySummary extends NodeRef {
  aliases: string[];
  /** How many articles mention it. */
  articles: number;
}

export type EntitySort = 'name' | 'articles';

/** One relationship seen from a node: its type, which way it points, the node at the other end. */
export interface Link {
  type: string;
  direction: 'out' | 'in';
  other: NodeRef;
  evidence: string;
  articleId: string;
  properties: Record<string, unknown>;
}

/** Any entity with its own properties, every relationship but MENTIONS/REPORTS, and its articles. */
export interface EntityDetail extends NodeRef {
  aliases: string[];
  properties: Record<string, unknown>;
  links: Link[];
  articles: ArticleRef[];
}

/** An article as the stores answer for it: its record (less what only the stores use) and its facts. */
export interface ArticleDetail extends Pick<ArticleRecord, 'id' | 'title' | 'subtitle' | 'byline' | 'date' | 'source' | 'text' | 'extractorVersion'> {
  ingestedAt: string | null;
  reporters: Array<{ person: Ref; role: string | null }>;
  entities: Array<NodeRef & { aliases: string[] }>;
  meetings: Array<Ref & { date: string | null }>;
}

export interface CoAttendee {
  person: Ref;
  count: number;
  meetings: Array<Ref & { date: string | null }>;
}

export interface GraphNode extends NodeRef {
  /** Hops from the node the view starts at (or position along a path). */
  depth: number;
  /** In a neighbourhood: a meeting's date (null when not known, and for every other node), so two
   * meetings of one name are told apart in the graph view. */
  date?: string | null;
}

export interface GraphEdge {
  source: string;
  type: string;
  target: string;
  /** How many articles state it. */
  count: number;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** A person's part in a meeting, the edge list the analytics are computed over. */
export interface Participation {
  person: Ref;
  meeting: Ref & { date: string | null };
}

/** One ingest run as recorded: when, what started it, what it did, and every error by file. */
/**
 * running: under way; finished: ended, its counts whole; failed: stopped by an error (`error` says
 * which); interrupted: started and never finished, its process killed or its store cut off.
 */
export type IngestRunStatus = 'running' | 'finished' | 'failed' | 'interrupted';

/** An ingest run, recorded when it starts and again when it ends. */
export interface IngestRunRecord {
  id: string;
  trigger: 'cli' | 'api' | 'watch' | 'schedule' | 'serve';
  status: IngestRunStatus;
  paths: string[];
  startedAt: string;
  /** Null while it runs, and for a run that was interrupted. */
  endedAt: string | null;
  /** Why a failed run stopped. */
  error?: string;
  counts: { new: number; changed: number; unchanged: number; removed: number; failed: number };
  errors: Array<{ path: string; article?: string; code: string; message: string }>;
}
