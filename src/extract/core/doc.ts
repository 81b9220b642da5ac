// ArticleDoc owns the text of one article; recognisers add spans to it. Every span is a slice of
// doc.text, so evidence is always the sentence as printed, never a re-typed string.
import type { Day } from '../dates/printed-date.js';
import type { SourceArticle } from '../../ingest/article.js';
import type { ReporterRole } from '../../ingest/byline.js';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  inHeadline: boolean;
}

export interface Token extends Span {
  word: string;
  tag: string;
}

export interface TitleMention extends Span {
  /** The title as written: 市委副书记. */
  text: string;
}

export interface PersonMention extends Span {
  name: string;
  /** Titles printed right before this mention, stacked ones included (市委副书记、市长朱健). */
  titles: TitleMention[];
  sentence: number;
  /** A surname standing for a person (吴先生, 老于): a mention, but too little to name a Person by. */
  bareSurname?: boolean;
}

export interface DateMention extends Span {
  /** `2021-05-28`, or `--05-28` when the year is not known. */
  date: string;
  time: string | null;
  sentence: number;
}

export interface MeetingMention extends Span {
  name: string;
  kind: string;
  date: string | null;
  time: string | null;
  place: string | null;
  organizer: string | null;
  sentence: number;
}

export interface PlaceMention extends Span {
  /** As written: 衡阳. */
  written: string;
  /** Full name: 衡阳市. */
  name: string;
  level: string;
  /** The division it lies in, by the gazetteer. */
  parent: string | null;
  sentence: number;
}

export interface BodyMention extends Span {
  written: string;
  sentence: number;
}

export interface DocumentMention extends Span {
  title: string;
  sentence: number;
}

/** A relation points at the person's mention, not at a name: resolve/ names the person from the
 * mention (its name, its alias), and the mention's start orders attendees as the text lists them. */
export interface RoleFact {
  type: 'PRESIDED' | 'ATTENDED' | 'SPOKE_AT';
  mention: Span;
  /** Index into doc.meetings. */
  meeting: number;
  sentence: number;
}

export interface ReviewFact {
  meeting: number;
  document: number;
  sentence: number;
}

export interface VisitFact {
  /** The visitor's mention. */
  mention: Span;
  /** The place or body as written. */
  place: string;
  sentence: number;
}

export interface Reporter {
  name: string;
  role: ReporterRole;
}

export interface DocContext {
  /** The city the page is about (衡阳), for resolving 市委, 市政府 … */
  city: string | null;
  province: string | null;
  /** The county or district the page is about (衡东县, 雁峰区), for resolving 县委, 县长, 区领导 … */
  county?: string | null;
  /** The year of the page's dates, when the page lets it be inferred. */
  year: number | null;
  /** The latest day the page's leads are dated, which 昨日 refers to (see page-last-day). */
  lastDay?: string | null;
  /** The day the page was printed, when it was given and its year is the page's (see printed-date). */
  printedDay?: Day | null;
  /** Names written in another language mapped to one person's name (Deng Qunce → 邓群策), from the alias file. */
  aliases: ReadonlyMap<string, string>;
}

export interface ArticleDoc {
  article: SourceArticle;
  /** Headline lines, then the byline as one line, then the body paragraphs; newline-separated. */
  text: string;
  /** Offset where the body starts. */
  bodyStart: number;
  context: DocContext;
  /** jieba's words of the text, when cut before the pipeline runs (extractPage cuts a page's
   * articles one after another, while the tokenizer's dictionary is warm in the processor's cache);
   * null, the tokens step cuts it. */
  words: string[] | null;
  sentences: Sentence[];
  tokens: Token[];
  reporters: Reporter[];
  /** The outlets the article's credits name (某某日报, 某县融媒体中心), in simplified form. */
  outlets: string[];
  titles: TitleMention[];
  people: PersonMention[];
  dates: DateMention[];
  documents: DocumentMention[];
  places: PlaceMention[];
  bodies: BodyMention[];
  meetings: MeetingMention[];
  /** Index into doc.meetings of the event the article reports, or -1. */
  mainMeeting: number;
  roles: RoleFact[];
  reviews: ReviewFact[];
  visits: VisitFact[];
  language: 'zh' | 'en';
}

/** The person mention a relation points at. */
export function mentionAt(doc: ArticleDoc, span: Span): PersonMention | undefined {
  return doc.people.find((p) => p.start === span.start && p.end === span.end);
}

/** The span of a mention, as relations keep it. */
export const spanOf = (p: Span): Span => ({ start: p.start, end: p.end });

function bylineLine(article: SourceArticle): string {
  const labels: Record<ReporterRole, string> = { reporter: '本报记者', correspondent: '通讯员', photographer: '摄影', editor: '编辑' };
  const parts: string[] = [];
  let last: ReporterRole | null = null;
  for (const { name, role } of article.byline) {
    if (role !== last) parts.push(labels[role]);
    parts.push(name);
    last = role;
  }
  return parts.length ? `■${parts.join(' ')}` : '';
}

export function createDoc(article: SourceArticle, context: DocContext): ArticleDoc {
  const head = [...article.headlineLines, bylineLine(article)].filter(Boolean).join('\n');
  const text = `${head}\n${article.paragraphs.join('\n')}`;
  return {
    article,
    text,
    bodyStart: head.length + 1,
    context,
    words: null,
    sentences: [],
    tokens: [],
    reporters: [],
    outlets: [],
    titles: [],
    people: [],
    dates: [],
    documents: [],
    places: [],
    bodies: [],
    meetings: [],
    mainMeeting: -1,
    roles: [],
    reviews: [],
    visits: [],
    language: 'zh',
  };
}
