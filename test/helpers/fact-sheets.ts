// The seed pages' FactSheets as written once to test/fixtures/fact-sheets/seeds.json (by
// scripts/write-seed-fact-sheets.ts): what the tests of the stores write, so that what they assert
// does not move when extraction changes.
import { readFileSync } from 'node:fs';
import { articleId, contentHash, entityId, meetingId } from '../../src/graph/ids.js';
import type { FactSheet } from '../../src/graph/model.js';

const FIXTURE = new URL('../fixtures/fact-sheets/seeds.json', import.meta.url);

/** The id of a meeting of the seeds, all held in 衡阳市 and dated with their year. */
export const seedMeetingId = (name: string, date: string): string => meetingId({ heldIn: '衡阳市', name, date, source: '' });

/** The 20 articles of the five seed pages, in page order; a fresh copy on every call. */
export function seedFactSheets(): FactSheet[] {
  return JSON.parse(readFileSync(FIXTURE, 'utf8')) as FactSheet[];
}

/** The sheets of one seed page, by its file name. */
export function seedPageSheets(name: string): FactSheet[] {
  return seedFactSheets().filter((s) => s.article.source === `seeds/${name}`);
}

/** The article as it would read had the paper printed the person `to` where it printed `from`:
 * text, evidence, the person's entity and every relation of theirs. */
export function renamePerson(sheet: FactSheet, from: string, to: string): FactSheet {
  const oldId = entityId('Person', from);
  const newId = entityId('Person', to);
  const id = (x: string) => (x === oldId ? newId : x);
  const text = sheet.article.text.replaceAll(from, to);
  return {
    article: { ...sheet.article, text, contentHash: contentHash(text) },
    entities: sheet.entities.map((e) => (e.id === oldId ? { ...e, id: newId, name: to } : e)),
    relations: sheet.relations.map((r) => ({ ...r, source: id(r.source), target: id(r.target), evidence: r.evidence.replaceAll(from, to) })),
  };
}

/** The article printed again as another page (`source`), by a paper that gave its meetings' days
 * without the year (--05-28): the same facts, its meetings other nodes. */
export function withoutYears(sheet: FactSheet, source: string): FactSheet {
  const ids = new Map<string, string>();
  const entities = sheet.entities.map((e) => {
    const date = e.properties.date;
    if (e.type !== 'Meeting' || typeof date !== 'string') return e;
    const undated = `--${date.slice(5)}`;
    const heldIn = typeof e.properties.heldIn === 'string' ? e.properties.heldIn : null;
    ids.set(e.id, meetingId({ heldIn, name: e.name, date: undated, source }));
    return { ...e, id: ids.get(e.id) as string, properties: { ...e.properties, date: undated } };
  });
  const article = { ...sheet.article, source, id: articleId(source, sheet.article.ordinal) };
  ids.set(sheet.article.id, article.id);
  const id = (x: string) => ids.get(x) ?? x;
  return { article, entities, relations: sheet.relations.map((r) => ({ ...r, source: id(r.source), target: id(r.target) })) };
}

/** An article of one sentence, `body市长person出席会议。`, dated `date`: the person holds 市长 in the
 * body (told as 原市长, held before the article, when `former`). For tests of who held a post when. */
export function mayorSheet(n: number, date: string, person: string, body: string, former = false): FactSheet {
  const source = `succession/${n}.txt`;
  const pid = entityId('Person', person);
  const oid = entityId('Organization', body);
  const text = `${body}${former ? '原' : ''}市长${person}出席会议。`;
  return {
    article: { id: articleId(source, 0), title: `${person}出席会议`, subtitle: null, byline: [], date, source, ordinal: 0, contentHash: contentHash(text), extractorVersion: 'test', text },
    entities: [
      { id: pid, type: 'Person', name: person, properties: { aliases: [] } },
      { id: oid, type: 'Organization', name: body, properties: { kind: 'government', aliases: [] } },
    ],
    relations: [{ type: 'HOLDS_POSITION', source: pid, target: oid, evidence: text, properties: { title: '市长', role: null, former } }],
  };
}

/** The article printed again as another city's page (`source`): the same meetings held by that
 * city (`heldIn`, `heldBy`), and its people that city's (each name's surname replaced by `surname`). */
export function heldElsewhere(sheet: FactSheet, source: string, heldIn: string, heldBy: string, surname: string): FactSheet {
  let copy = sheet;
  for (const p of sheet.entities.filter((e) => e.type === 'Person')) copy = renamePerson(copy, p.name, surname + p.name.slice(1));
  const ids = new Map<string, string>();
  const entities = copy.entities.map((e) => {
    if (e.type !== 'Meeting') return e;
    const date = typeof e.properties.date === 'string' ? e.properties.date : null;
    ids.set(e.id, meetingId({ heldIn, name: e.name, date, source }));
    return { ...e, id: ids.get(e.id) as string, properties: { ...e.properties, heldIn, heldBy } };
  });
  const article = { ...copy.article, source, id: articleId(source, copy.article.ordinal) };
  ids.set(copy.article.id, article.id);
  const id = (x: string) => ids.get(x) ?? x;
  return { article, entities, relations: copy.relations.map((r) => ({ ...r, source: id(r.source), target: id(r.target) })) };
}
