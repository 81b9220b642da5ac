// Reads the people a paper credits, wherever it prints them: a byline (■本报记者 陈 润), a dateline
// (本报讯(记者 X 通讯员 Y), XX讯 通讯员A B 记者C报道), credit lines (编 辑:X, 三审:A B), a closing
// parenthesis (…调研。(X)) and photo credits (新华社记者 X 摄). A credit holds labels, names, outlets
// and role words and nothing else: a segment with anything else in it credits no one.
import { COMPOUND_SURNAMES, surnameLengthAt } from '../extract/lexicon/surnames.js';
import { SENTENCE_END_MARK } from './normalize.js';
import { division } from '../extract/lexicon/divisions.js';
import { givenOdds, surnameOdds } from '../extract/lexicon/name-model.js';
import { CREDIT_LABELS, CREDIT_SUFFIXES, METADATA_FIELDS, NAME_NOTES, OFFICE_ENDINGS, OUTLET_ENDINGS, SHORT_LABELS, type ReporterRole } from './credit-labels.js';

export interface Credit {
  name: string;
  role: ReporterRole;
}

const CJK = '\\u3400-\\u9fff';
const spaced = (word: string) => [...word].join('\\s*');
const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(spaced).join('|');
const ROLE_OF = new Map<string, ReporterRole>([...CREDIT_LABELS, ...SHORT_LABELS]);
const SUFFIX_ROLE = new Map(CREDIT_SUFFIXES);
// 记 者:, 全媒体记者/, 编辑 — a long label, with or without a mark; 文/, 图:, 摄: — a short one, marked.
const LABEL = new RegExp(`(${alternation(CREDIT_LABELS.map(([w]) => w))})\\s*[:：/]?|(${alternation(SHORT_LABELS.map(([w]) => w))})\\s*[:：/]`, 'y');
const SUFFIX = new RegExp(`/?\\s*(${alternation(CREDIT_SUFFIXES.map(([w]) => w))})(?=$|[\\s、,，;；/])`, 'y');
const LONG_LABEL_AHEAD = new RegExp(`^(${CREDIT_LABELS.map(([w]) => w).join('|')}|报道|报导)`);
// Marks papers print before a credit (■本报记者, □记者, ▲) separate like a space.
const SEPARATORS = /[\s、,，;；•|■□▲△●◆]/;
const CJK_CHAR = new RegExp(`[${CJK}·]`);
// A field's value may stand after a space (来源: 某某网), but is never the next field (时间: 作者:X).
const METADATA = new RegExp(`(?:${alternation(METADATA_FIELDS)})\\s*[:：](?:\\s*(?![^\\s]*[:：])[^\\s]+)?`, 'g');
const DATE_TIME = /\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?|[\d#-]{6,}/g;
const NOTE = new RegExp(`[(（](?:${NAME_NOTES.join('|')})[)）]`, 'g');
const ROLE_NORMAL = (label: string): ReporterRole => ROLE_OF.get(label.replace(/\s+/g, '')) ?? 'reporter';

/** A name's plausibility: the surname's odds and every character of the given name (sum of log odds). */
function nameScore(name: string): number {
  const compound = COMPOUND_SURNAMES.has(name.slice(0, 2));
  const surname = compound ? 2 : 1;
  let score = compound ? 6 : surnameOdds(name.charAt(0));
  for (const c of name.slice(surname)) score += givenOdds(c);
  return score;
}

const opensWithSurname = (name: string) => surnameLengthAt(name, 0) > 0;

/** A name printed with no label before it ((X), 某省台 X Y): a listed surname and a given name whose
 * characters names use (张家界 is a place: 界 is a character names avoid). */
function plausibleName(name: string): boolean {
  if (name.length < 2 || name.length > 3 || !opensWithSurname(name)) return false;
  const surname = COMPOUND_SURNAMES.has(name.slice(0, 2)) ? 2 : 1;
  return [...name.slice(surname)].every((c) => givenOdds(c) > -1);
}

/** A name in a slot that only credits hold (the closing parenthesis of an article: (甲某 乙得胜)):
 * a listed surname and a given name whose characters' odds sum above even, so one rarer character
 * (得) may stand beside a likelier one. */
function slotName(name: string): boolean {
  if (name.length < 2 || name.length > 3 || !opensWithSurname(name)) return false;
  const surname = COMPOUND_SURNAMES.has(name.slice(0, 2)) ? 2 : 1;
  return [...name.slice(surname)].reduce((sum, c) => sum + givenOdds(c), 0) > 0;
}

/** 韩梅孔令飞: names printed with no space between them, cut where every piece opens with a surname,
 * the cut whose pieces read most like names; a run that cuts no such way is one name (李诺雅希). */
function splitGlued(run: string): string[] {
  if (run.length <= 3) return [run];
  let best: { names: string[]; score: number } | null = null;
  const walk = (rest: string, names: string[], score: number) => {
    if (!rest) {
      if (!best || score > best.score) best = { names, score };
      return;
    }
    for (const length of [2, 3]) {
      const piece = rest.slice(0, length);
      if (piece.length === length && opensWithSurname(piece)) walk(rest.slice(length), [...names, piece], score + nameScore(piece));
    }
  };
  walk(run, [], 0);
  const found = best as { names: string[]; score: number } | null;
  return found && (run.length > 4 || found.names.every(plausibleName)) ? found.names : [run];
}

/** 某某日报, 某省台, 某县融媒体中心: an outlet before the names, skipped (王小云 stays a name). */
function isOutlet(word: string): boolean {
  return OUTLET_ENDINGS.some((e) => word.endsWith(e) && word.length >= e.length + 2) && !(word.length <= 3 && plausibleName(word));
}

type Token =
  | { kind: 'label'; role: ReporterRole }
  | { kind: 'suffix'; role: ReporterRole | null; slash: boolean }
  | { kind: 'word'; text: string; single?: boolean; beforeLabel?: boolean };

/** Labels, role words and runs of characters; null at a character no credit holds (digits, 。). */
function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (SEPARATORS.test(ch)) {
      i++;
      continue;
    }
    SUFFIX.lastIndex = i;
    const suffix = SUFFIX.exec(text);
    if (suffix && (ch === '/' || tokens.length > 0)) {
      tokens.push({ kind: 'suffix', role: SUFFIX_ROLE.get(suffix[1]!.replace(/\s+/g, '')) ?? null, slash: ch === '/' });
      i += suffix[0].length;
      continue;
    }
    LABEL.lastIndex = i;
    const label = LABEL.exec(text);
    if (label) {
      tokens.push({ kind: 'label', role: ROLE_NORMAL(label[1] ?? label[2] ?? '') });
      i += label[0].length;
      continue;
    }
    if (ch === '/') {
      i++;
      continue;
    }
    let run = '';
    while (i < text.length && CJK_CHAR.test(text.charAt(i)) && !(run && LONG_LABEL_AHEAD.test(text.slice(i)))) run += text.charAt(i++);
    if (!run) return null;
    // 某某摄: the photo mark glued to the name.
    if (run.length >= 3 && run.endsWith('摄') && (i >= text.length || !CJK_CHAR.test(text.charAt(i)))) {
      tokens.push({ kind: 'word', text: run.slice(0, -1) }, { kind: 'suffix', role: 'photographer', slash: true });
    } else tokens.push({ kind: 'word', text: run, beforeLabel: i < text.length && LONG_LABEL_AHEAD.test(text.slice(i)) });
  }
  return tokens;
}

/** 陈 润: single characters printed apart to fill the column are one name. */
function joinSingles(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out.at(-1);
    if (t.kind === 'word' && t.text.length === 1 && prev?.kind === 'word' && prev.single) prev.text += t.text;
    else out.push(t.kind === 'word' ? { ...t, single: t.text.length === 1 } : t);
  }
  return out;
}

/**
 * The people a credit segment names, or null when it holds anything but labels, names, outlets and
 * role words. A name after a label may be any two to four characters (源源, 永晟); a name with no
 * label before it must read as a name.
 */
export function readCredits(segment: string, options: { slot?: boolean; outlets?: string[] } = {}): Credit[] | null {
  const unlabelled = options.slot ? slotName : plausibleName;
  const tokens = tokenize(segment.replace(NOTE, ' ').replace(/[【】[\]()（）]/g, ' ').trim());
  if (!tokens) return null;
  const credits: Credit[] = [];
  const outlets: string[] = [];
  let role: ReporterRole | null = null;
  let group: Credit[] = [];
  for (const t of joinSingles(tokens)) {
    if (t.kind === 'label') {
      role = t.role;
      group = [];
    } else if (t.kind === 'suffix') {
      // X/图: the role word after a slash is this name's alone; 赵巧红 文 郑镇 张桂汉 图: a role word
      // after names gives them all its role.
      const to = t.slash ? credits.slice(-1) : group;
      if (t.role) for (const c of to) c.role = t.role;
      group = [];
    } else if (isOutlet(t.text) || (t.beforeLabel && role === null)) {
      // 新派融媒体记者 X, 新华社记者 X: a word printed onto the first label names the outlet, not a
      // person (记者甲通讯员乙: a name after a label is a name).
      outlets.push(...outletNames(t.text));
      continue;
    } else {
      const names = role === null ? splitGlued(t.text).filter(unlabelled) : splitGlued(t.text);
      // 图文：区政协联络科 钟健禧: after a label, a word too long to be names is the office they work in.
      if (role !== null && t.text.length > 4 && OFFICE_END.test(t.text)) continue;
      if (!names.length || names.join('') !== t.text || names.some((n) => n.length < 2 || n.length > 4)) return null;
      for (const name of names) {
        const credit: Credit = { name, role: role ?? 'reporter' };
        credits.push(credit);
        group.push(credit);
      }
    }
  }
  options.outlets?.push(...outlets);
  return credits;
}

/** A whole line of credits and page metadata (记 者:X, 来源:… 作者:X, 【编辑:X】, 广汉融媒 X), or null;
 * a line of metadata alone (来源:某融媒体中心 发布时间:2023-07-28) credits no one and is no text. */
export function creditLine(line: string, outlets?: string[]): Credit[] | null {
  // A credit line is a line of a few fields: a paragraph of body text is far longer, or holds a
  // sentence's end mark.
  if (line.length > MAX_CREDIT_LINE || SENTENCE_END_MARK.test(line)) return null;
  // 稿源: 某某网 | 2011-02-22: a bar parts fields as a space does.
  const bare = line.replace(DATE_TIME, ' ').replace(METADATA, ' ').replace(/[|｜]/g, ' ').trim();
  if (!bare && METADATA_START.test(line)) {
    outlets?.push(...sourceOutlets(line));
    return [];
  }
  // 发布: 2012-5-19 | 编辑: 某某旅游 | 来源: 某门户 | 查看: 2135次: a line of fields parted by bars is
  // page metadata, whatever a field holds; the fields that credit people are read one by one.
  const fields = line.split(/\s*[|｜]\s*/).filter(Boolean);
  if (fields.length >= 2 && fields.every((f) => FIELD_START.test(f))) {
    outlets?.push(...sourceOutlets(line));
    return fields.flatMap((f) => readCredits(f.replace(DATE_TIME, ' ').replace(METADATA, ' ').trim()) ?? []);
  }
  const words = bare.split(/\s+/);
  // An outlet and a name on a line of their own (城关融媒 X) credit as a label would.
  if (!bare || !(LABEL_ANYWHERE.test(bare) || (words.length >= 2 && isOutlet(words[0]!)))) return null;
  const found: string[] = [];
  const credits = readCredits(bare, { outlets: found });
  if (!credits || !credits.length) return null;
  outlets?.push(...sourceOutlets(line), ...found);
  return credits;
}

const MAX_CREDIT_LINE = 160;
const OFFICE_END = new RegExp(`(?:${OFFICE_ENDINGS.join('|')})$`);
const METADATA_START = new RegExp(`^(?:${alternation(METADATA_FIELDS)})\\s*[:：]`);
const NAME_WORD = new RegExp(`^[${CJK}·]{2,4}$`);
const FIELD_START = new RegExp(`^(?:${alternation([...METADATA_FIELDS, ...CREDIT_LABELS.map(([w]) => w)])})\\s*[:：]`);

/** 发稿单位:X 发稿时间:… 发稿人员:X 正文…: the credit fields a line opens with, before its body text. */
export function leadingCredits(line: string): Credit[] {
  if (!FIELD_START.test(line)) return [];
  const words = line.replace(DATE_TIME, ' ').replace(METADATA, ' ').trim().split(/\s+/);
  const taken: string[] = [];
  for (const w of words) {
    if (!(LABEL_ANYWHERE.test(w) || NAME_WORD.test(w))) break;
    taken.push(w);
  }
  // The body may open with a word of name size: the longest run of words that reads as credits.
  for (; taken.length; taken.pop()) {
    const credits = readCredits(taken.join(' '));
    if (credits) return credits;
  }
  return [];
}

const LABEL_ANYWHERE = new RegExp(`${alternation(CREDIT_LABELS.map(([w]) => w))}|(?:${alternation(SHORT_LABELS.map(([w]) => w))})\\s*[:：/]`);
// 本报讯(记者 X), 某县融媒5月6日讯(…), 某网3月9日综合(…), 某社北京3月1日电(…).
const DATELINE_PAREN = /^[^，。,.；;！？!?]{0,40}?(?:讯|电|综合)\s*[(（]([^()（）]{2,80})[)）]/;
// 衡阳新闻网讯 通讯员A B C 记者D报道 正文…
const DATELINE_BARE = /^[^，。,.；;！？!?()（）]{0,40}?讯\s+([^，。,.；;！？!?]{2,60}?报[道导])/;

/** The credits of a dateline at the start of a paragraph; the outlets it names go to `outlets`. */
export function datelineCredits(paragraph: string, outlets?: string[]): Credit[] {
  const paren = DATELINE_PAREN.exec(paragraph);
  if (paren) return readCredits(paren[1]!, { outlets }) ?? [];
  const bare = DATELINE_BARE.exec(paragraph);
  return bare ? (readCredits(bare[1]!, { outlets }) ?? []) : [];
}

// 某某日报讯, 某县融媒7月28日讯, 某省日报·新某省客户端5月16日讯, 某网3月9日综合, 某华社北京3月1日电:
// what a dateline prints before its day and 讯 (综合, 电) is the outlet that sends the report.
// What follows is the credit in brackets, a space or the day: 喜讯传来 opens no dateline.
const DATELINE_OUTLET = /^(?:据)?([\u3400-\u9fff·]{2,16}?)((?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚)?(?:\d{1,2}:\d{2})?)?\s*(讯|电|综合)(?=[(（\s\d])/;
const DAY_AFTER = /^\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日|^\s*\d{1,2}日/;
// 某网时刻讯(记者 X): a sender whose name does not end like an outlet's is one when a credit follows.
const CREDIT_AFTER = new RegExp(`^\\s*[(（][^()（）]{0,12}?(?:${alternation(CREDIT_LABELS.map(([w]) => w))})`);
/** 本报讯, 本台讯: the paper speaking of itself, which names no outlet. */
const SELF_REFERENCE = /^本[报台网刊站]$/;

/** The outlets a dateline at the start of a paragraph names: its sender, and any outlet its credit
 * names (某网时刻10月12日综合(某某日报记者 甲某) gives both). */
export function datelineOutlets(paragraph: string): string[] {
  const m = DATELINE_OUTLET.exec(paragraph);
  if (!m) return [];
  const outlets: string[] = [];
  // 新华社北京3月1日电: an agency's dispatch names the place it was filed from after the agency.
  const sender = m[3] === '电' ? outletPrefix(m[1]!) : withoutPlace(m[1]!);
  // 政务快讯, 工作简讯: a column's heading ends in 讯 too, but stands alone, where a dateline is dated
  // or followed by its credit: a sender named unlike an outlet (某派讯 12月9日) needs either.
  const rest = paragraph.slice(m[0].length);
  const dated = m[2] !== undefined || DAY_AFTER.test(rest) || CREDIT_AFTER.test(rest);
  const parts = sender.split('·').filter((part) => part.length >= 2 && !SELF_REFERENCE.test(part) && (dated || isOutlet(part)));
  outlets.push(...parts);
  datelineCredits(paragraph, outlets);
  return outlets;
}

/** 某网时刻衡阳 → 某网时刻: a dateline may name the place it was filed from after the outlet. */
function withoutPlace(word: string): string {
  // 掌上某市: a name of two characters before the place is the outlet's whole name with it.
  for (let cut = 2; cut <= 4 && word.length - cut >= 3; cut++) if (division(word.slice(-cut))) return word.slice(0, -cut);
  return word;
}

/** 新华社北京 → 新华社: the longest head of the word that is an outlet's name, or ''. */
function outletPrefix(word: string): string {
  for (let end = word.length; end >= 3; end--) if (isOutlet(word.slice(0, end))) return word.slice(0, end);
  return '';
}

/** 某省日报·新某省客户端: the outlets a word of a credit names, each part that reads as one. */
function outletNames(word: string): string[] {
  return word.split('·').filter(isOutlet);
}

// 来源:某某日报·某某客户端, 稿源:某某网: the field that names where a report comes from.
const SOURCE_FIELD = /(?:来\s*源|稿\s*源|发稿单位)\s*[:：]\s*([\u3400-\u9fff·、/]+)/g;

/** The outlets the source fields of a line name (来源:某市融媒体中心). */
export function sourceOutlets(line: string): string[] {
  return [...line.matchAll(SOURCE_FIELD)].flatMap((m) => m[1]!.split(/[、/]/).flatMap(outletNames));
}

const PAREN = /[(（]([^()（）]{2,60})[)）]/g;
const CAPTION = new RegExp(`(?:${alternation(CREDIT_LABELS.map(([w]) => w))})[^。，,；;！？!?()（）]{2,20}?/?\\s*摄(?![${CJK}])`, 'g');

/**
 * Credits inside a paragraph: a parenthesis that credits people ((记者 X), (某社 某某摄), and at the
 * end of the article's last paragraph a bare (X)), the credit at the end of a caption in parentheses
 * ((…奏国歌 实习记者 易杨/摄)), and a photo credit in the text (新华社记者 X 摄).
 */
export function inlineCredits(paragraph: string, last: boolean, outlets?: string[]): Credit[] {
  const found: Credit[] = [];
  if (!/[(（]/.test(paragraph) && !paragraph.includes('摄')) return found;
  for (const m of paragraph.matchAll(PAREN)) {
    const inner = m[1]!;
    const closing = last && m.index + m[0].length >= paragraph.trimEnd().length;
    const labelled = LABEL_ANYWHERE.test(inner) || /摄$/.test(inner.trim());
    if (!labelled && !closing) continue;
    // (来源：某区融媒体中心 转载：某某): a credit's source field names the outlet.
    outlets?.push(...sourceOutlets(inner));
    const whole = readCredits(inner, { slot: closing && !labelled, outlets });
    if (whole?.length) {
      found.push(...whole);
      continue;
    }
    const at = inner.search(new RegExp(alternation(CREDIT_LABELS.map(([w]) => w))));
    if (at > 0) found.push(...(readCredits(inner.slice(at)) ?? []));
  }
  if (paragraph.includes('摄')) for (const m of paragraph.replace(PAREN, (s) => ' '.repeat(s.length)).matchAll(CAPTION)) found.push(...(readCredits(m[0]) ?? []));
  return found;
}
