// The categories scored against gold, each read the same way from a FactSheet (what newsgraph
// would store) and from a gold article. Entities that carry aliases match gold written either way
// (gold 市委 matches the Organization 中共衡阳市委 whose alias is 市委).
import type { FactSheet } from '../graph/fact-sheet.js';
import type { GoldArticle } from './gold.js';
import { compareItems, type ItemScore } from './scores.js';

export const CATEGORIES = ['persons', 'reporters', 'presided', 'participants', 'titles', 'organizations', 'places', 'documents', 'meetings'] as const;
export type Category = (typeof CATEGORIES)[number];

const PARTICIPATION = new Set(['PRESIDED', 'ATTENDED', 'SPOKE_AT', 'VISITED']);

function names(sheet: FactSheet): Map<string, string> {
  return new Map(sheet.entities.map((e) => [e.id, e.name]));
}

/** Scores entities of a type against gold names, an entity matching by name or by any alias. */
function byNameOrAlias(sheet: FactSheet, type: string, gold: string[]): ItemScore {
  const entities = sheet.entities.filter((e) => e.type === type);
  const wanted = new Set(gold);
  const matched = new Set<string>();
  const wrong: string[] = [];
  for (const e of entities) {
    const forms = [e.name, ...((e.properties.aliases as string[] | undefined) ?? [])];
    const hit = forms.find((f) => wanted.has(f));
    if (hit) matched.add(hit);
    else wrong.push(e.name);
  }
  const missed = [...wanted].filter((g) => !matched.has(g));
  return { tp: matched.size, fp: wrong.length, fn: missed.length, wrong, missed };
}

/** A meeting matches when the dates agree and one name holds the other (召开 vs 举行 wording). */
function meetings(sheet: FactSheet, gold: GoldArticle['meetings']): ItemScore {
  const predicted = sheet.entities.filter((e) => e.type === 'Meeting');
  const used = new Set<number>();
  const wrong: string[] = [];
  let tp = 0;
  for (const m of predicted) {
    const i = gold.findIndex(
      (g, k) => !used.has(k) && (g.date ?? null) === (m.properties.date ?? null) && (g.name === m.name || g.name.includes(m.name) || m.name.includes(g.name)),
    );
    if (i >= 0) {
      used.add(i);
      tp++;
    } else wrong.push(`${m.name}|${String(m.properties.date ?? '')}`);
  }
  const missed = gold.filter((_, k) => !used.has(k)).map((g) => `${g.name}|${g.date ?? ''}`);
  return { tp, fp: wrong.length, fn: missed.length, wrong, missed };
}

export function scoreArticle(sheet: FactSheet, gold: GoldArticle): Record<Category, ItemScore> {
  const name = names(sheet);
  const rel = (type: string) => sheet.relations.filter((r) => r.type === type);
  return {
    persons: compareItems(sheet.entities.filter((e) => e.type === 'Person').map((e) => e.name), gold.persons),
    reporters: compareItems(
      rel('REPORTED').map((r) => `${name.get(r.source)}|${String(r.properties.role)}`),
      gold.reporters.map((r) => `${r.name}|${r.role}`),
    ),
    presided: compareItems(
      rel('PRESIDED').map((r) => name.get(r.source) ?? ''),
      gold.meetings.flatMap((m) => m.presided),
    ),
    participants: compareItems(
      sheet.relations.filter((r) => PARTICIPATION.has(r.type)).map((r) => name.get(r.source) ?? ''),
      gold.meetings.flatMap((m) => [...m.presided, ...m.participants]),
    ),
    titles: compareItems(
      rel('HOLDS_POSITION').map((r) => `${name.get(r.source)}|${String(r.properties.title)}`),
      gold.titles.map((t) => `${t.person}|${t.title}`),
    ),
    organizations: byNameOrAlias(sheet, 'Organization', gold.organizations),
    places: byNameOrAlias(sheet, 'Place', gold.places),
    documents: compareItems(sheet.entities.filter((e) => e.type === 'Document').map((e) => e.name), gold.documents),
    meetings: meetings(sheet, gold.meetings),
  };
}
