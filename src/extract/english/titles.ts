// Posts as English prints them, split into role and the body or place they belong to:
//   Mayor Zhu Jian                         → role Mayor, the page's city
//   Party secretary of Hengyang            → role Party secretary, Hengyang
//   director of the municipal science and technology bureau → role director, that bureau
// Names stay in English as written; nothing is translated.
import type { DocContext } from '../core/doc.js';
import type { ResolvedTitle } from '../resolve/resolve-body.js';

const FORMER = /^(former|ex-)\s*/i;
const BODY_WORDS = /\b(committee|bureau|department|government|congress|council|commission|university|college|company|group|association|office|court|procuratorate|school|hospital|bank|zone)\b/i;

export function resolveEnglishTitle(title: string, ctx: DocContext): ResolvedTitle {
  const former = FORMER.test(title);
  const text = title.replace(FORMER, '').replace(/^(the|a) /i, '');
  const of = /^(.*?) of (?:the )?(.+)$/.exec(text);
  let role = (of ? (of[1] as string) : text).trim();
  let where = of ? (of[2] as string).trim() : null;
  // Xiangtan University President: the body is printed before the post.
  const before = /^(.*\b(?:University|Committee|Bureau|Department|Government|Company|Group|Association|Hospital|College|Institute))\s+(.+)$/.exec(role);
  if (!where && before) {
    where = before[1] as string;
    role = before[2] as string;
  }
  if (where) {
    const target = BODY_WORDS.test(where) ? ({ type: 'Organization', name: where, alias: null, kind: 'other' } as const) : ({ type: 'Place', name: where, level: 'city' } as const);
    return { title, role, former, target };
  }
  return { title, role, former, target: ctx.city ? { type: 'Place', name: ctx.city, level: 'city' } : null };
}
