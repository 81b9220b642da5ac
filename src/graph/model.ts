// The graph model the stores expose, and the shapes the named queries answer with. Both stores
// return exactly these shapes, so the API and the CLI never know which one they talk to.
export type { ArticleRecord, Entity, FactSheet, Relation, RelationType } from '../extract/fact-sheet.js';
export type { EntityType } from '../extract/ids.js';

export const NODE_LABELS = ['Article', 'Person', 'Organization', 'Place', 'Meeting', 'Document'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export interface ArticleMeta {
  id: string;
  source: string;
  contentHash: string;
  extractorVersion: string;
}

export interface Ref {
  id: string;
  name: string;
}

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

export interface PersonMeeting extends MeetingSummary {
  role: MeetingRole;
  evidence: string;
  articleId: string;
  order: number | null;
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
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface MeetingFilter {
  personId?: string;
  role?: MeetingRole;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}
