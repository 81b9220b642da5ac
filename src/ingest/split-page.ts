// Splits a newspaper page into its articles. A byline (■本报记者 …) or a `本报讯` lead anchors each
// article; the short unpunctuated paragraphs just above it are its headline block; what follows,
// up to the next headline block, is its body. Photo captions (a paragraph with a `■… 摄` credit),
// picture-feature headings and section labels (`衡山县:`) are not articles of their own.
import type { SourceArticle } from './article.js';
import { BYLINE_MARK, isBylineContinuation, englishByline, isPhotoCredit, parseByline, type BylineName } from './byline.js';
import { pickHeadline } from './headline.js';
import { creditLine, datelineCredits, datelineOutlets, inlineCredits, leadingCredits } from './credits.js';
import { CREDIT_LABELS, OUTLET_ENDINGS } from './credit-labels.js';
import { endsSentence, joinLines, SENTENCE_END_MARK } from './normalize.js';

type Unit =
  | { kind: 'text'; text: string; outlets?: string[] }
  | { kind: 'byline'; names: BylineName[] }
  | { kind: 'caption'; text: string }
  /** A line of credits that anchors nothing (记 者:X, 编辑:Y at the foot of an article). */
  | { kind: 'credit'; names: BylineName[]; outlets: string[] };

const LEAD_MARK = /^本报讯\s*/;
const MAX_HEADLINE_CHARS = 64;
// An English headline spells its words out in letters: as long a line holds about half as much.
const MAX_LATIN_HEADLINE_CHARS = 140;

function isSectionLabel(text: string): boolean {
  return text.length <= 16 && /[：:]$/.test(text);
}

function isHeadlineLike(unit: Unit): boolean {
  if (unit.kind !== 'text') return false;
  const t = unit.text;
  const max = /^[\p{ASCII}‘’“”–—]+$/u.test(t) ? MAX_LATIN_HEADLINE_CHARS : MAX_HEADLINE_CHARS;
  return !LEAD_MARK.test(t) && t.length <= max && !endsSentence(t);
}

/** A line that could be a headline: short, not a finished sentence, not a lead. */
function isHeadlineLine(line: string): boolean {
  return isHeadlineLike({ kind: 'text', text: line });
}

// How a lead opens: a day (21日, 12月17日至19日, 昨日下午), an outlet's dateline (本报讯, 某某网讯,
// 某某网8月18日讯), a credit in brackets ((记者 某某)).
const LEAD_OPENING = new RegExp(
  `^(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日|\\d{1,2}日|[昨今前]日|[昨今前]天|近日|日前|[^，。：:\\s]{0,14}(?:${OUTLET_ENDINGS.join('|')})(?:\\d{1,2}月\\d{1,2}日)?讯|[（(]\\s*(?:${CREDIT_LABELS.map(([w]) => w).join('|')}))`,
);
const CJK_LINE = /[\u3400-\u9fff]/;

const WHOLE_PARENTHESIS = /^[（(][^（）()]{1,60}[)）]$/;

function isLead(unit: Unit | undefined): boolean {
  return unit?.kind === 'text' && LEAD_MARK.test(unit.text);
}

/** Turns the blocks of a page (paragraphs between blank lines) into text, byline and caption units. */
function toUnits(text: string): Unit[] {
  const units: Unit[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
    let pendingText: string[] = [];
    // 某县融媒7月28日讯(…): the outlets of a dateline that opens a line, kept before the line is
    // joined to the captions printed above it.
    let pendingOutlets: string[] = [];
    const flushText = () => {
      if (pendingText.length) units.push({ kind: 'text', text: joinLines(pendingText), outlets: pendingOutlets });
      pendingText = [];
      pendingOutlets = [];
    };
    lines.forEach((line, i) => {
      // A paragraph ends where a line ends a sentence; a headline ends where the next line opens a
      // lead (某某召开主任会议 / 21日，市人大常委会…), as pages stored one paragraph a line print them.
      const next = lines[i + 1];
      // A line that is one parenthesis ((甲某), (图文：某某)) belongs to the paragraph before it.
      // Chinese pages only: an English paragraph wrapped by hand may end a line with a full stop.
      const closes = next !== undefined && CJK_LINE.test(line) && !WHOLE_PARENTHESIS.test(next) && (endsSentence(line) || (pendingText.length === 0 && isHeadlineLine(line) && LEAD_OPENING.test(next)));
      const mark = line.indexOf(BYLINE_MARK);
      const last = units.at(-1);
      if (mark < 0 && pendingText.length === 0 && last?.kind === 'byline' && isBylineContinuation(line)) {
        last.names.push(...parseByline(line));
        return;
      }
      // An English byline ("By Li Ming and Wang Fang") anchors an English article on a mixed page.
      const english = mark < 0 ? englishByline(line) : null;
      if (english) {
        flushText();
        units.push({ kind: 'byline', names: english });
        return;
      }
      const outlets: string[] = [];
      const credits = mark < 0 ? creditLine(line, outlets) : null;
      if (credits) {
        flushText();
        if (credits.length || outlets.length) units.push({ kind: 'credit', names: credits, outlets });
        return;
      }
      if (mark < 0) {
        // 发稿人员:X 正文…: the credits a body line opens with, the line kept as text.
        const leading = leadingCredits(line);
        if (leading.length) units.push({ kind: 'credit', names: leading, outlets: [] });
        pendingOutlets.push(...datelineOutlets(line));
        pendingText.push(line);
        if (closes) flushText();
        return;
      }
      // `邀请赛二等奖■本报记者 罗文鹏`: a headline glued to its byline; `…做手工。 ■本报记者 胡建军 摄`: a caption.
      const before = line.slice(0, mark).trim();
      if (before) pendingText.push(before);
      const credit = line.slice(mark);
      if (isPhotoCredit(credit)) {
        const caption = joinLines(pendingText);
        pendingText = [];
        if (caption) units.push({ kind: 'caption', text: caption });
        else if (units.at(-1)?.kind === 'text') units.push({ kind: 'caption', text: (units.pop() as { text: string }).text });
        return;
      }
      flushText();
      units.push({ kind: 'byline', names: parseByline(credit) });
    });
    flushText();
  }
  return units;
}

/** Units that start an article: every byline, and every lead that has no byline right above it. */
function anchorsOf(units: Unit[]): number[] {
  const anchors: number[] = [];
  units.forEach((u, i) => {
    if (u.kind === 'byline' || (isLead(u) && units[i - 1]?.kind !== 'byline')) anchors.push(i);
  });
  return anchors;
}

/** Walks back from an anchor over the headline block; a section label closes the block from above. */
function headlineStart(units: Unit[], anchor: number, floor: number): { start: number; section: string | null } {
  let start = anchor;
  while (start - 1 > floor && isHeadlineLike(units[start - 1] as Unit)) {
    start--;
    const text = (units[start] as { text: string }).text;
    if (isSectionLabel(text)) return { start, section: text.replace(/[：:]$/, '') };
  }
  return { start, section: null };
}

/** Drops captions, the headings around them (`图片新闻`), and headline fragments left at the end. */
function bodyParagraphs(units: Unit[]): string[] {
  const keep = units.map((u, i) => {
    if (u.kind !== 'text') return false;
    const nearCaption = units[i - 1]?.kind === 'caption' || units[i + 1]?.kind === 'caption';
    const afterCaption = units.slice(0, i).some((p) => p.kind === 'caption');
    return !(isHeadlineLike(u) && (nearCaption || afterCaption));
  });
  const texts = units.filter((_, i) => keep[i]).map((u) => (u as { text: string }).text);
  // A short unfinished line at the end is a headline fragment; one that holds a finished sentence
  // (会议还研究了其他事项。（甲 乙）) is the body's last line with its credit.
  const fragment = (t: string) => isHeadlineLine(t) && t.length <= 30 && !SENTENCE_END_MARK.test(t);
  while (texts.length > 1 && fragment(texts.at(-1) as string)) texts.pop();
  return joinLayoutBreaks(texts);
}

/** `…预约老专家的健康义` + `诊等服务。`: a paragraph cut before its sentence ends runs on into the next. */
export function joinLayoutBreaks(paragraphs: string[]): string[] {
  const joined: string[] = [];
  let carry = '';
  for (const p of paragraphs) {
    carry += p;
    if (endsSentence(carry)) {
      joined.push(carry);
      carry = '';
    }
  }
  if (carry) joined.push(carry);
  return joined;
}

export function splitPage(text: string, source: string): SourceArticle[] {
  const units = toUnits(text);
  const anchors = anchorsOf(units);
  const starts = anchors.map((a, i) => headlineStart(units, a, i === 0 ? -1 : (anchors[i - 1] as number)));
  const articles: SourceArticle[] = [];
  anchors.forEach((anchor, i) => {
    const { start, section } = starts[i] as { start: number; section: string | null };
    const end = i + 1 < anchors.length ? (starts[i + 1] as { start: number }).start : units.length;
    const headline = units
      .slice(start, anchor)
      .map((u) => (u as { text: string }).text)
      .filter((t) => !isSectionLabel(t));
    const anchorUnit = units[anchor] as Unit;
    const bodyFrom = anchorUnit.kind === 'byline' ? anchor + 1 : anchor;
    const paragraphs = bodyParagraphs(units.slice(bodyFrom, end));
    if (paragraphs.length === 0) return;
    // Credit lines above the first article's headline belong to it.
    const creditsFrom = articles.length === 0 ? 0 : start;
    const { byline, outlets } = creditsOf(anchorUnit.kind === 'byline' ? anchorUnit.names : [], units.slice(creditsFrom, end), paragraphs, headline);
    paragraphs[0] = (paragraphs[0] as string).replace(LEAD_MARK, '');
    const parts = pickHeadline(headline);
    articles.push({
      source,
      ordinal: articles.length,
      title: parts.title || (paragraphs[0] as string).slice(0, 30),
      kicker: parts.kicker,
      subtitle: parts.subtitle,
      headlineLines: headline,
      section,
      byline,
      outlets,
      paragraphs,
    });
  });
  if (articles.length === 0) return wholePageAsArticle(units, source);
  return articles;
}

/** Everyone an article credits: its byline, its credit lines, its dateline and the credits inside
 * its paragraphs, each name once with the role it is first given; and the outlets they name (the
 * dateline's sender, 来源:X, 某某日报记者 X), each once. */
function creditsOf(byline: BylineName[], units: Unit[], paragraphs: string[], headline: string[]): { byline: BylineName[]; outlets: string[] } {
  const all = [...byline, ...units.flatMap((u) => (u.kind === 'credit' ? u.names : []))];
  const outlets = units.flatMap((u) => (u.kind === 'credit' ? u.outlets : []));
  // (…奏国歌 实习记者 甲/摄): a photo's caption printed above the headline credits the photographer.
  for (const line of headline) all.push(...inlineCredits(line, false, outlets));
  const dateline = paragraphs.slice(0, 3).map((p) => datelineCredits(p)).find((c) => c.length);
  if (dateline) all.push(...dateline);
  for (const u of units) if (u.kind === 'text' && u.outlets) outlets.push(...u.outlets);
  paragraphs.forEach((p, i) => all.push(...inlineCredits(p, i === paragraphs.length - 1, outlets)));
  const seen = new Set<string>();
  return { byline: all.filter((c) => !seen.has(c.name) && seen.add(c.name)), outlets: [...new Set(outlets)] };
}

/** A page with neither byline nor lead: its headline lines on top, the rest one article. */
function wholePageAsArticle(units: Unit[], source: string): SourceArticle[] {
  let first = 0;
  while (first < units.length && isHeadlineLike(units[first] as Unit)) first++;
  const headline = units.slice(0, first).map((u) => (u as { text: string }).text);
  const paragraphs = bodyParagraphs(units.slice(first));
  if (paragraphs.length === 0) return [];
  const parts = pickHeadline(headline);
  const { byline, outlets } = creditsOf([], units, paragraphs, headline);
  return [
    {
      source,
      ordinal: 0,
      title: parts.title || (paragraphs[0] as string).slice(0, 30),
      kicker: parts.kicker,
      subtitle: parts.subtitle,
      headlineLines: headline,
      section: null,
      byline,
      outlets,
      paragraphs,
    },
  ];
}
