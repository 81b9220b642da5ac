// Who holds a meeting, which with its name and date makes it one meeting (graph/ids meetingId):
//   市委常委会会议 on a 衡阳 page         → 中共衡阳市委常委会, in 衡阳市
//   株洲市委常委会召开会议               → 中共株洲市委常委会, in 株洲市
//   省委经济工作会议                     → 中共湖南省委, in 湖南省
//   全县三级干部大会 on a 衡东县 page     → 衡东县, in 衡东县
//   座谈会 (the name names no one)       → the page's city, 衡阳市
import type { DocContext } from '../core/doc.js';
import { CITY_BODY_ABBREVIATIONS, NATIONAL_BODIES } from '../lexicon/bodies.js';
import { division } from '../lexicon/divisions.js';
import { MEETING_LEVEL_WORDS, type HostLevel } from '../lexicon/meeting-hosts.js';
import { resolveBody } from './resolve-body.js';

export interface MeetingHost {
  /** The body that holds it (中共衡阳市委常委会), or the place when the text names no body (衡阳市). */
  heldBy: string | null;
  /** The division whose meeting it is (衡阳市, 湖南省, 衡东县, 中国), null when the page does not tell. */
  heldIn: string | null;
}

const longestFirst = (a: string, b: string) => b.length - a.length;
const OWN_BODIES = CITY_BODY_ABBREVIATIONS.map(([abbr]) => abbr).sort(longestFirst);
// 中国共产党衡阳市第十二次代表大会 is the city's: the party's full name opens names of every level.
const NATIONAL = NATIONAL_BODIES.map(([written]) => written).filter((w) => w !== '中国共产党').sort(longestFirst);
const LEVEL_OF_CHAR: Readonly<Record<string, HostLevel>> = { 省: 'province', 市: 'city', 县: 'county', 区: 'county' };
// 2021年衡阳市科技活动周, 中共衡阳市委…: words before the one that says whose it is.
const LEADING = /^(?:\d{4}年度?|中国共产党|中共)+/;
const LONGEST_DIVISION = 8;

/** The page's own division of a level: 衡阳 → 衡阳市; a 区委 on a page of a 县 is no county's the page tells. */
function ownDivision(level: HostLevel, ctx: DocContext, written = ''): string | null {
  if (level === 'country') return '中国';
  if (level === 'county') return ctx.county && (!/^[县区]/.test(written) || ctx.county.endsWith(written[0] as string)) ? ctx.county : null;
  const short = level === 'city' ? ctx.city : ctx.province;
  // 江阴 of 江阴市 is a city of its county's level, which has no short form.
  return short ? (division(short)?.name ?? division(`${short}市`)?.name ?? short) : null;
}

/** A division named in full at the head of the text (衡阳市…, 湖南省…, 衡东县…). */
function namedDivision(text: string): string | null {
  for (let n = Math.min(LONGEST_DIVISION, text.length); n >= 3; n--) {
    const d = division(text.slice(0, n));
    if (d && d.name === text.slice(0, n)) return d.name;
  }
  return null;
}

/** Whose meeting the head of `written` says it is, or null when it names no one. */
function headOf(written: string, ctx: DocContext): MeetingHost | null {
  const text = written.replace(LEADING, '');
  const national = NATIONAL.find((n) => text.startsWith(n));
  if (national) return { heldBy: resolveBody(national, ctx)?.name ?? null, heldIn: ownDivision('country', ctx) };
  const own = OWN_BODIES.find((abbr) => text.startsWith(abbr));
  if (own) {
    const heldIn = ownDivision(LEVEL_OF_CHAR[own[0] as string] as HostLevel, ctx, own);
    return { heldBy: heldIn ? (resolveBody(own, ctx)?.name ?? heldIn) : null, heldIn };
  }
  const named = namedDivision(text);
  if (named) {
    // 株洲市委常委会: the body of the place written out, where its level has bodies of its own.
    const short = named.replace(/[市省]$/, '');
    const body = short !== named ? OWN_BODIES.find((abbr) => abbr[0] === named.at(-1) && text.startsWith(short + abbr)) : undefined;
    return { heldBy: (body && resolveBody(short + body, ctx)?.name) || named, heldIn: named };
  }
  const whole = MEETING_LEVEL_WORDS.find(([word]) => text.startsWith(word));
  if (whole) {
    const heldIn = ownDivision(whole[1], ctx);
    return { heldBy: heldIn, heldIn };
  }
  return null;
}

/** The body or place that holds a meeting: the one its convener or its name opens with, else the page's city. */
export function meetingHost(name: string, organizer: string | null, ctx: DocContext): MeetingHost {
  for (const written of [organizer, name]) {
    const head = written ? headOf(written, ctx) : null;
    if (head) return head;
  }
  const heldIn = ownDivision('city', ctx) ?? ctx.county ?? ownDivision('province', ctx);
  return { heldBy: heldIn, heldIn };
}
