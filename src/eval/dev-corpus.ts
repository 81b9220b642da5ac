// The development corpus: real articles, one per file, with gold in one gold.json (read in place
// from ../shared/dev-corpus, never copied into the repository; its README gives the format). Each
// file is extracted as a page, the facts of all its articles pooled, and names compared in
// simplified form, so a traditional article scores the same as its simplified copy.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { extractPage } from '../extract/extract-page.js';
import type { FactSheet } from '../graph/fact-sheet.js';
import { normalizeText } from '../ingest/normalize.js';
import { add, compareItems, emptyScore, type ItemScore, type Score } from './scores.js';
import type { ArticleMisses } from './evaluate.js';
import { pageArticles } from '../ingest/page-articles.js';

export const DEV_CATEGORIES = ['persons', 'reporters', 'presided', 'participants', 'titles', 'organizations', 'places', 'meetings'] as const;
export type DevCategory = (typeof DEV_CATEGORIES)[number];

const names = z.array(z.string()).default([]);
const devArticle = z.object({
  file: z.string(),
  persons: names,
  reporters: names,
  presided: names,
  participants: names,
  titles: z.array(z.tuple([z.string(), z.string()])).default([]),
  orgs: names,
  places: names,
  meetings: z.array(z.object({ name: z.string(), date: z.string().nullable().optional() })).default([]),
});
type DevArticle = z.infer<typeof devArticle>;

export interface DevCorpusResult {
  articles: number;
  ours: Record<DevCategory, Score>;
  misses: ArticleMisses[];
}

const toSimplified = Converter({ from: 't', to: 'cn' });
/** A name as the product writes it: simplified, its punctuation in the one width the product reads
 * (市政府第六次全体(扩大)会议 as 市政府第六次全体（扩大）会议). */
const simplified = (name: string): string => toSimplified(normalizeText(name));
const PARTICIPATION = new Set(['PRESIDED', 'ATTENDED', 'SPOKE_AT', 'VISITED']);

export function loadDevCorpus(dir: string): DevArticle[] {
  const path = join(dir, 'gold.json');
  if (!existsSync(path)) throw new InputError(`${path}: no dev-corpus gold there (set --dev-corpus)`);
  const parsed = z.array(devArticle).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${path}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

/** "M月D日" as the gold writes a date, from the ISO date (with or without year) the product stores. */
function monthDay(date: unknown): string {
  const m = /(\d{2})-(\d{2})$/.exec(String(date ?? ''));
  return m ? `${Number(m[1])}月${Number(m[2])}日` : '';
}

function score(sheets: FactSheet[], gold: DevArticle): Record<DevCategory, ItemScore> {
  const name = new Map(sheets.flatMap((s) => s.entities.map((e) => [e.id, simplified(e.name)] as const)));
  const relations = sheets.flatMap((s) => s.relations);
  const of = (type: string) => relations.filter((r) => r.type === type);
  const entities = (type: string) => sheets.flatMap((s) => s.entities.filter((e) => e.type === type));
  const s = (list: string[]) => list.map((x) => simplified(x));
  const entityNames = (type: string, gold: string[]) => {
    // An entity matches gold written as its name or as any alias (市委 for 中共衡阳市委).
    const wanted = new Set(s(gold));
    const found = entities(type).map((e) => {
      const forms = [e.name, ...((e.properties.aliases as string[] | undefined) ?? [])].map((f) => simplified(f));
      return forms.find((f) => wanted.has(f)) ?? forms[0]!;
    });
    return compareItems(found, wanted);
  };
  return {
    persons: compareItems(entities('Person').map((e) => simplified(e.name)), s(gold.persons)),
    reporters: compareItems(of('REPORTED').map((r) => name.get(r.source) ?? ''), s(gold.reporters)),
    presided: compareItems(of('PRESIDED').map((r) => name.get(r.source) ?? ''), s(gold.presided)),
    participants: compareItems(
      relations.filter((r) => PARTICIPATION.has(r.type)).map((r) => name.get(r.source) ?? ''),
      s([...gold.presided, ...gold.participants]),
    ),
    titles: compareItems(
      of('HOLDS_POSITION').map((r) => `${name.get(r.source)}|${simplified(String(r.properties.title))}`),
      gold.titles.map(([person, title]) => simplified(`${person}|${title}`)),
    ),
    organizations: entityNames('Organization', gold.orgs),
    places: entityNames('Place', gold.places),
    meetings: meetings(entities('Meeting'), gold.meetings),
  };
}

/** A meeting matches when the days agree and one name holds the other (召开 vs 举行 wording). */
function meetings(found: FactSheet['entities'], gold: DevArticle['meetings']): ItemScore {
  const wanted = gold.map((g) => ({ name: simplified(g.name), day: g.date ?? '' }));
  const used = new Set<number>();
  const wrong: string[] = [];
  for (const m of found) {
    const name = simplified(m.name);
    const day = monthDay(m.properties.date);
    const i = wanted.findIndex((g, k) => !used.has(k) && g.day === day && (g.name.includes(name) || name.includes(g.name)));
    if (i >= 0) used.add(i);
    else wrong.push(`${name}|${day}`);
  }
  const missed = wanted.filter((_, k) => !used.has(k)).map((g) => `${g.name}|${g.day}`);
  return { tp: used.size, fp: wrong.length, fn: missed.length, wrong, missed };
}

export function evaluateDevCorpus(dir: string): DevCorpusResult {
  const gold = loadDevCorpus(dir);
  const ours = Object.fromEntries(DEV_CATEGORIES.map((c) => [c, emptyScore()])) as Record<DevCategory, Score>;
  const misses: ArticleMisses[] = [];
  for (const article of gold) {
    const path = join(dir, 'texts', article.file);
    if (!existsSync(path)) throw new InputError(`${path}: the text of gold entry ${article.file} is not there`);
    const sheets = extractPage(pageArticles({ source: article.file, text: normalizeText(readFileSync(path, 'utf8')) }));
    const scores = score(sheets, article);
    for (const c of DEV_CATEGORIES) add(ours[c], scores[c]);
    const off = DEV_CATEGORIES.filter((c) => scores[c].wrong.length || scores[c].missed.length);
    if (off.length) misses.push({ headline: article.file, categories: Object.fromEntries(off.map((c) => [c, { wrong: scores[c].wrong, missed: scores[c].missed }])) });
  }
  return { articles: gold.length, ours, misses };
}
