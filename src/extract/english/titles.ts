// Posts as English prints them, split into role and the body or place they belong to:
//   Mayor Lin Hua                          → role Mayor, the page's city
//   Party secretary of Qingshan            → role Party secretary, Qingshan
//   director of the municipal science and technology bureau → role director, that bureau
// Names stay in English as written; nothing is translated.
import type { DocContext } from '../core/doc.js';
import type { ResolvedTitle } from '../resolve/resolve-body.js';

const FORMER = /^(former|ex-)\s*/i;
/** The level of place a post printed alone belongs to: "Governor Ann Roe" a state's, others a city's. */
const PLACE_OF_HEAD: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bgovernor\b/i, 'state'],
  [/\bpremier\b/i, 'province'],
  [/\bcounty\b/i, 'county'],
];
const BODY_WORDS = /\b(committee|bureau|department|government|congress|council|commission|university|college|company|group|association|office|court|procuratorate|school|hospital|bank|zone)\b/i;

export function resolveEnglishTitle(title: string, ctx: DocContext): ResolvedTitle {
  const former = FORMER.test(title);
  const text = title.replace(FORMER, '').replace(/^(the|a) /i, '');
  const of = /^(.*?) of (?:the )?(.+)$/.exec(text);
  let role = (of ? (of[1] as string) : text).trim();
  let where = of ? (of[2] as string).trim() : null;
  // Qingshan University President: the body is printed before the post.
  const before = /^(.*\b(?:University|Committee|Bureau|Department|Government|Company|Group|Association|Hospital|College|Institute))\s+(.+)$/.exec(role);
  if (!where && before) {
    where = before[1] as string;
    role = before[2] as string;
  }
  if (where) {
    const target = BODY_WORDS.test(where) ? ({ type: 'Organization', name: where, alias: null, kind: 'other' } as const) : ({ type: 'Place', name: where, level: 'city' } as const);
    return { title, role, former, target };
  }
  if (ctx.city) return { title, role, former, target: { type: 'Place', name: ctx.city, level: 'city' } };
  // "the mayor Ann Roe" on a page that names no city: the place as the post implies it, this page's.
  const level = PLACE_OF_HEAD.find(([head]) => head.test(role))?.[1] ?? 'city';
  return { title, role, former, target: { type: 'Place', name: level, level, pageScoped: true } };
}
