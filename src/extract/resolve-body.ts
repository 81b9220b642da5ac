// Resolves the body a title or name refers to in the city context of the page, so that 市委 and
// 中共衡阳市委 are one Organization: 市委副书记 → 中共衡阳市委 + 副书记; 南华大学原党委书记 →
// 南华大学党委 + 书记 (former); 市长 → the city itself; 市领导 → the city.
import type { DocContext } from './doc.js';
import { CITY_BODY_ABBREVIATIONS, KIND_BY_SUFFIX, NATIONAL_BODIES, NATIONAL_POSTS, type OrganizationKind } from './lexicon/bodies.js';
import { FORMER_MARK, POST_WORDS } from './lexicon/title-words.js';
import { WordList } from './word-list.js';

export type Target =
  | { type: 'Organization'; name: string; alias: string | null; kind: OrganizationKind }
  | { type: 'Place'; name: string; level: string };

export interface ResolvedTitle {
  title: string;
  role: string;
  former: boolean;
  target: Target | null;
}

const PLACE_POSTS: Record<string, 'city' | 'province' | 'county' | 'district'> = {
  市长: 'city', 副市长: 'city', 省长: 'province', 副省长: 'province', 县长: 'county', 副县长: 'county', 区长: 'district', 副区长: 'district',
};
const LEVEL_SUFFIX = { city: '市', province: '省', county: '县', district: '区' } as const;
const PREFIX_LEVEL: Record<string, 'city' | 'province'> = { 市: 'city', 省: 'province' };
// Words before a post that say how it is held, not where: 老领导, 国家特聘专家, 留美归国博士
const HOLDING_WORDS = /^(老|留美归国|归国|留学|首席)|(特聘)$/g;
const DEGREES = new Set(['博士', '教授', '专家', '导师', '博士生导师']);
const POSTS = new WordList(POST_WORDS);

function kindOf(name: string): OrganizationKind {
  for (const [pattern, kind] of KIND_BY_SUFFIX) if (pattern.test(name)) return kind;
  return 'other';
}

function fill(template: string, ctx: DocContext): string | null {
  if (template.includes('{city}') && !ctx.city) return null;
  if (template.includes('{province}') && !ctx.province) return null;
  return template.replace('{city}', ctx.city ?? '').replace('{province}', ctx.province ?? '');
}

function placeOf(level: 'city' | 'province', ctx: DocContext): Target | null {
  const name = level === 'city' ? ctx.city : ctx.province;
  return name ? { type: 'Place', name: name + LEVEL_SUFFIX[level], level } : null;
}

/** The full name of a body as written, abbreviations of the page's city expanded. */
export function resolveBody(written: string, ctx: DocContext): Target | null {
  const national = NATIONAL_BODIES.find(([w]) => w === written);
  if (national) return { type: 'Organization', name: national[1], alias: written === national[1] ? null : written, kind: national[2] };
  for (const [abbr, template, kind] of CITY_BODY_ABBREVIATIONS) {
    if (written === abbr) {
      const name = fill(template, ctx);
      return name ? { type: 'Organization', name, alias: abbr, kind } : null;
    }
  }
  // 株洲市委, 湖南省政府: the place is written out, so it fills the template instead of the page's city.
  for (const [abbr, template, kind] of CITY_BODY_ABBREVIATIONS) {
    const place = written.slice(0, written.length - abbr.length);
    if (written.endsWith(abbr) && /^[\u4e00-\u9fff]{2,3}$/.test(place)) {
      const named = abbr.startsWith('省') ? { ...ctx, province: place } : { ...ctx, city: place };
      const name = fill(template, named);
      if (name) return { type: 'Organization', name, alias: written, kind };
    }
  }
  // 市委全面深化改革委员会 → 中共衡阳市委全面深化改革委员会: a body under the party committee.
  const party = CITY_BODY_ABBREVIATIONS.find(([abbr, , kind]) => kind === 'party' && written.startsWith(abbr) && written.length > abbr.length);
  if (party) {
    const base = fill(party[1], ctx);
    if (!base) return null;
    const name = base + written.slice(party[0].length);
    return { type: 'Organization', name, alias: written, kind: kindOf(name) };
  }
  const level = PREFIX_LEVEL[written[0] ?? ''];
  if (level && written.length >= 3) {
    const place = placeOf(level, ctx);
    if (!place) return null;
    const name = place.name + written.slice(1);
    return { type: 'Organization', name, alias: written, kind: kindOf(name) };
  }
  if (written.length < 2) return null;
  return { type: 'Organization', name: written, alias: null, kind: kindOf(written) };
}

export function resolveTitle(title: string, ctx: DocContext): ResolvedTitle {
  // The longest post word the title ends with (副书记 rather than 书记).
  const post = title.slice(title.length - POSTS.longestEndingAt(title, title.length));
  let body = title.slice(0, title.length - post.length);
  let former = false;
  if (body.endsWith(FORMER_MARK) || body.includes(FORMER_MARK + '党')) {
    former = true;
    body = body.replace(FORMER_MARK, '');
  }
  if (body.startsWith('老') && post === '领导') former = true;
  body = body.replace(HOLDING_WORDS, '');
  let target: Target | null = null;
  const placeLevel = PLACE_POSTS[post];
  const national = NATIONAL_POSTS[post];
  if (national && body === '') {
    target = resolveBody(national, ctx);
  } else if (placeLevel && body === '') {
    target = placeLevel === 'city' || placeLevel === 'province' ? placeOf(placeLevel, ctx) : null;
  } else if (body === '' || body === '市' || body === '省') {
    target = DEGREES.has(post) ? null : placeOf(body === '省' ? 'province' : 'city', ctx);
  } else if (body === '国家') {
    target = { type: 'Place', name: '中国', level: 'country' };
  } else {
    target = resolveBody(body, ctx);
  }
  return { title, role: post, former, target };
}
