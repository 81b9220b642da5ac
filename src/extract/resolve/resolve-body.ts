// Resolves the body a title or name refers to in the city context of the page, so that 市委 and
// 中共衡阳市委 are one Organization: 市委副书记 → 中共衡阳市委 + 副书记; 南华大学原党委书记 →
// 南华大学党委 + 书记 (former); 市长 → the city itself; 市领导 → the city.
import type { DocContext } from '../core/doc.js';
import { CITY_BODY_ABBREVIATIONS, KIND_BY_SUFFIX, NATIONAL_BODIES, NATIONAL_POSTS, type OrganizationKind } from '../lexicon/bodies.js';
import { FORMER_MARK, HOLDING_MANNER, POST_WORDS, RANK_PREFIXES } from '../lexicon/title-words.js';
import { WordList } from '../core/word-list.js';
import { division } from '../lexicon/divisions.js';

export type Target = (
  | { type: 'Organization'; name: string; alias: string | null; kind: OrganizationKind }
  | { type: 'Place'; name: string; level: string }
) & {
  /** Named only as the page writes it (县委, 县 of 县长) where the page names no county: one node
   * per page, since another page's 县委 is another county's. */
  pageScoped?: boolean;
};

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
const PREFIX_LEVEL: Record<string, 'city' | 'province' | 'county'> = { 市: 'city', 省: 'province', 县: 'county', 区: 'county' };
// Words before a post that say how it is held, not where: 老领导, 国家特聘专家, 留美归国博士
const HOLDING_WORDS = /^(老|留美归国|归国|留学|首席)|(特聘)$/g;
// 州政府常务副州长, 大会主席团常务主席, 市人大常委会代主任, 市委宣传部二级调研员, 县委候补委员: words
// that tell how or at what grade the post is held stand between the body and the post word; they are
// no part of the body's name.
const HOLDING_AFTER_BODY = new RegExp(`(?:${[...HOLDING_MANNER, ...RANK_PREFIXES].join('|')}|[一二三四]级)+$`);
const RANK_AT_END = new RegExp(`(?:${RANK_PREFIXES.join('|')})$`);
const DEGREES = new Set(['博士', '教授', '专家', '导师', '博士生导师']);
const POSTS = new WordList(POST_WORDS);

function kindOf(name: string): OrganizationKind {
  for (const [pattern, kind] of KIND_BY_SUFFIX) if (pattern.test(name)) return kind;
  return 'other';
}

function fill(template: string, ctx: DocContext): string | null {
  if (template.includes('{city}') && !ctx.city) return null;
  if (template.includes('{province}') && !ctx.province) return null;
  if (template.includes('{county}') && !ctx.county) return null;
  return template.replace('{city}', ctx.city ?? '').replace('{province}', ctx.province ?? '').replace('{county}', ctx.county ?? '');
}

function placeOf(level: 'city' | 'province' | 'county', ctx: DocContext): Target | null {
  if (level === 'county') return ctx.county ? { type: 'Place', name: ctx.county, level: ctx.county.endsWith('区') ? 'district' : 'county' } : null;
  const name = level === 'city' ? ctx.city : ctx.province;
  return name ? { type: 'Place', name: name + LEVEL_SUFFIX[level], level } : null;
}

/** The place a post that heads one names before it (某阳 of 某阳市长, 某阳市 of 某阳市市长), or null. */
function placeHeaded(body: string, post: string): Target | null {
  const level = post.replace(/^副/, '').charAt(0);
  const d = division(body.endsWith(level) ? body : body + level);
  return d && d.name.endsWith(level) ? { type: 'Place', name: d.name, level: d.level } : null;
}

/** The page's county where the text names its level as the county's own (县委 on a 县's page, 区委
 * on a 区's): a 区委 on a page of 某县 is another body. */
function levelMatched(written: string, ctx: DocContext): DocContext {
  const level = written.charAt(0);
  if ((level === '县' || level === '区') && ctx.county && !ctx.county.endsWith(level)) return { ...ctx, county: null };
  return ctx;
}

/** The full name of a body as written, abbreviations of the page's city expanded. */
export function resolveBody(written: string, pageCtx: DocContext): Target | null {
  const ctx = levelMatched(written, pageCtx);
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

export function resolveTitle(title: string, pageCtx: DocContext): ResolvedTitle {
  // The longest post word the title ends with (副书记 rather than 书记).
  const post = title.slice(title.length - POSTS.longestEndingAt(title, title.length));
  const ctx = levelMatched(title.replace(/^(常务|代理|代)?副?/, '') || post, pageCtx);
  let body = title.slice(0, title.length - post.length);
  let former = false;
  if (body.endsWith(FORMER_MARK) || body.includes(FORMER_MARK + '党')) {
    former = true;
    body = body.replace(FORMER_MARK, '');
  }
  if (body.startsWith('老') && post === '领导') former = true;
  body = body.replace(HOLDING_WORDS, '');
  // 市政府副秘书长: the qualifier goes with the post (副秘书长), not with the body.
  const qualifier = HOLDING_AFTER_BODY.exec(body)?.[0] ?? '';
  body = body.slice(0, body.length - qualifier.length);
  // 组织部长, 县委宣传部长: the department's head is written with its 部 once (组织部部长).
  if (/^副?部长$/.test(post) && body.length >= 2 && !body.endsWith('部')) body += '部';
  // 代区长, 代理市长: how the post is held (acting), not where; the post is the place's own.
  if (/^(?:代理|代)$/.test(body)) body = '';
  let target: Target | null = null;
  let headed: Target | null = null;
  const placeLevel = PLACE_POSTS[post];
  const national = NATIONAL_POSTS[post];
  if (national && body === '') {
    target = resolveBody(national, ctx);
  } else if (placeLevel && body === '') {
    target = placeOf(placeLevel === 'district' ? 'county' : placeLevel, ctx);
  } else if (placeLevel && (headed = placeHeaded(body, post))) {
    // 某阳市长, 某阳市市长: the place the post heads, written before it.
    target = headed;
  } else if (body === '' || body === '市' || body === '省' || body === '县' || body === '区') {
    target = DEGREES.has(post) ? null : placeOf(body === '' ? 'city' : (PREFIX_LEVEL[body] as 'city' | 'province' | 'county'), ctx);
  } else if (body === '国家') {
    target = { type: 'Place', name: '中国', level: 'country' };
  } else {
    target = resolveBody(body, ctx);
  }
  // 常务副县长 on a page that names no county: 常务 says how the post is held, not where.
  if (!target && !DEGREES.has(post)) target = unresolved(body.replace(/^(常务|代理|执行)/, ''), post);
  // 副 and 候补 make another post (副秘书长, 候补委员); 常务, 代 and grades say how it is held.
  return { title, role: (RANK_AT_END.exec(qualifier)?.[0] ?? '') + post, former, target };
}

/** Posts printed bare that belong to a body, not a place: 副主任, 秘书长, 副主席 (not 市长, 领导). */
const BODY_POST = /^(?:常务)?副?(?:主任|主席|秘书长|书记|部长|局长|会长|理事长|院长|委员)$/;

/**
 * A bare post printed after a titled person of the same list, which is that body's post:
 * 市人大常委会主任甲，副主任乙、丙，秘书长丁 → 乙, 丙 and 丁 hold posts of 市人大常委会. `earlier` gives
 * the titles printed before it in the sentence, nearest first (asked only for such a post); only one of the same post (主任 for
 * 副主任, 主任 or 主席 for 秘书长) lends its body: in 县委书记甲，副主任乙 the 副主任 is no post of 县委.
 */
export function resolveInList(title: string, earlier: () => readonly string[], ctx: DocContext, stackedOn: string | null = null): ResolvedTitle | null {
  if (!BODY_POST.test(title)) return null;
  const own = resolveTitle(title, ctx);
  const bare = (post: string) => post.replace(/^(?:常务)?副/, '');
  // 秘书长 closes the list of a congress's or a conference's leaders (主任…，副主任…，秘书长).
  const family = own.role === '秘书长' ? ['主任', '主席'] : [bare(own.role)];
  const list = earlier();
  for (const t of list) {
    const r = resolveTitle(t, ctx);
    if (r.target?.type === 'Organization' && family.includes(bare(r.role))) return { ...own, target: r.target };
  }
  // 市人大常委会党组书记、常务副主任甲: a post written with how it is held and no body, stacked on
  // the same person's title before it (`stackedOn`, only 、 between), is held in that title's body,
  // whose party group (党组) sits inside it; another person's title (县委副书记甲、常务副主任乙) is not.
  const previous = stackedOn;
  if (previous && HELD_HOW.test(title)) {
    const r = resolveTitle(previous, ctx);
    const body = previous.slice(0, previous.length - r.role.length).replace(PARTY_GROUP, '');
    const target = r.target?.type === 'Organization' && body.length >= 2 ? (resolveBody(body, ctx) ?? unresolved(body, r.role)) : null;
    if (target) return { ...own, target };
  }
  return null;
}

const HELD_HOW = /^(?:常务|执行|专职|驻会)/;
const PARTY_GROUP = /(?:党组|党委|党工委)$/;

const LEVEL_OF_WORD: Record<string, string> = { 市: 'city', 省: 'province', 县: 'county', 区: 'district', 州: 'city', 镇: 'town', 乡: 'town' };

/** 县委副书记 or 县长 on a page that names no county: the body or place as written, on this page. */
function unresolved(body: string, post: string): Target | null {
  if (body && body.length >= 2) return { type: 'Organization', name: body, alias: null, kind: kindOf(body), pageScoped: true };
  const word = body || /^副?([市省县区镇乡])长$/.exec(post)?.[1] || '';
  const level = LEVEL_OF_WORD[word];
  return level ? { type: 'Place', name: word, level, pageScoped: true } : null;
}
