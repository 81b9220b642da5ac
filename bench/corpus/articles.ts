// Article templates of the generated corpus, each shaped like a city-paper article of the seeds:
// headline lines, a ■ byline, a 本报讯 lead with a date, titles stacked before names, attendee lists
// joined by 、 and closing punctuation on every body paragraph. Each returns its paragraphs.
import { ACTIVITIES, ATTENDEE_LEADS, BODIES, CLAUSES, COMPANIES, DOCUMENT_STEMS, OPENERS, PRESIDER_TITLES, SPEECH_VERBS, TIMES, TOPICS, TOWNS, VENUES } from './lexicon.js';
import type { Random } from './random.js';
import type { Roster } from './roster.js';

export interface ArticleContext {
  rng: Random;
  city: string;
  counties: readonly string[];
  year: number;
  month: number;
  day: number;
  roster: Roster;
}

/** `■本报记者 陈 润`: a lone two-character name is spaced out to fill the column, as papers print it. */
function byline(c: ArticleContext): string {
  const [first, second, correspondent] = c.rng.sample(c.roster.reporters, 3) as [string, string, string];
  const reporters = c.rng.next() < 0.5 ? [first, second].join(' ') : first.length === 2 ? `${first[0]} ${first[1]}` : first;
  const line = `■本报记者 ${reporters}`;
  // A correspondent is credited on a line of its own under the reporters.
  return c.rng.next() < 0.3 ? `${line}\n通讯员 ${correspondent}` : line;
}

/** Paragraphs of 2 or 3 clauses each, opened by the meeting (会议强调) or by the speaker (张三强调). */
function body(c: ArticleContext, paragraphs: number, speaker: string, meeting: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const clauses = c.rng.sample(CLAUSES, c.rng.int(2, 3));
    const opener = meeting && c.rng.next() < 0.5 ? c.rng.pick(OPENERS) : `${speaker}${c.rng.pick(SPEECH_VERBS)}`;
    out.push(`${opener}，${clauses.join('；')}。`);
  }
  return out;
}

function attendees(c: ArticleContext, exclude: string[]): string {
  const names = c.rng.sample(c.roster.others.filter((n) => !exclude.includes(n)), c.rng.int(3, 9));
  return `${c.rng.pick(ATTENDEE_LEADS)}${names.join('、')}出席。`;
}

function documentTitle(c: ArticleContext, topic: string): string {
  return c.rng.pick(DOCUMENT_STEMS).replace('{topic}', topic).replace('{city}', c.city).replace('{year}', String(c.year));
}

const date = (c: ArticleContext) => `${c.month}月${c.day}日`;

/** 市委书记张三主持召开市委常委会会议，研究部署…；审议《…》。市领导A、B、C出席。 */
export function meetingArticle(c: ArticleContext): string[] {
  const which = c.rng.int(0, PRESIDER_TITLES.length - 1);
  const { titles, meeting, headline, leader } = PRESIDER_TITLES[which] as (typeof PRESIDER_TITLES)[number];
  const presider = c.roster.leaders[leader] as string;
  const topic = c.rng.pick(TOPICS);
  const name = meeting === '市政府常务会议' ? `市政府${c.year}年第${c.rng.int(1, 30)}次常务会议` : meeting;
  const doc = documentTitle(c, topic);
  return [
    headline,
    `研究部署${topic}等工作`,
    `${presider}主持`,
    byline(c),
    `本报讯 ${date(c)}${c.rng.pick(TIMES)}，${titles.join('、')}${presider}主持召开${name}，研究部署${topic}等工作；审议《${doc}》。`,
    ...body(c, c.rng.int(3, 5), presider, true),
    `会议审议并原则通过《${doc}》。`,
    attendees(c, [presider]),
  ];
}

/** 市委副书记、市长李四到某县某镇调研…工作。市领导王五陪同。 */
export function inspectionArticle(c: ArticleContext): string[] {
  const { titles, leader: post } = PRESIDER_TITLES[c.rng.int(0, 4)] as (typeof PRESIDER_TITLES)[number];
  const leader = c.roster.leaders[post] as string;
  const county = c.rng.pick(c.counties);
  const topic = c.rng.pick(TOPICS);
  const companion = c.rng.pick(c.roster.others);
  return [
    `${leader}到${county}调研${topic}工作`,
    byline(c),
    `本报讯 ${date(c)}，${titles.join('、')}${leader}到${county}${c.rng.pick(TOWNS)}调研${topic}工作。市领导${companion}陪同。`,
    ...body(c, c.rng.int(3, 4), leader, false),
  ];
}

/** 某年某市某活动在某中心举行。市领导A出席并致辞，市领导B、C参加活动。 */
export function activityArticle(c: ArticleContext): string[] {
  const activity = c.rng.pick(ACTIVITIES);
  const [speaker, ...others] = c.rng.sample(c.roster.others, c.rng.int(3, 6)) as [string, ...string[]];
  return [
    `我市举行${c.year}年${activity}`,
    byline(c),
    `本报讯 ${date(c)}${c.rng.pick(TIMES)}，${c.year}年${c.city}市${activity}在${c.city}市${c.rng.pick(VENUES)}举行。市领导${speaker}出席并致辞。`,
    ...body(c, c.rng.int(2, 4), speaker, false),
    `${c.rng.pick(BODIES)}主要负责人，市领导${others.join('、')}参加活动。`,
  ];
}

/** 市人民政府与某公司签订战略合作协议。市委书记、市长见证签约。 */
export function signingArticle(c: ArticleContext): string[] {
  const company = c.rng.pick(COMPANIES);
  const secretary = c.roster.leaders[0] as string;
  const mayor = c.roster.leaders[1] as string;
  return [
    `${c.city}市与${company}签订战略合作协议`,
    byline(c),
    `本报讯 ${date(c)}，${c.city}市人民政府与${company}在${c.city}市${c.rng.pick(VENUES)}签订战略合作协议。市委书记${secretary}，市委副书记、市长${mayor}见证签约。`,
    ...body(c, c.rng.int(2, 3), mayor, false),
  ];
}

export const ARTICLE_KINDS = [meetingArticle, meetingArticle, inspectionArticle, activityArticle, signingArticle];
