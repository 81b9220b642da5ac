// Helpers for reading FactSheets in tests: names instead of ids.
import { readFileSync } from 'node:fs';
import { extractPage, type ExtractOptions } from '../../src/extract/extract-page.js';
import type { FactSheet } from '../../src/graph/fact-sheet.js';
import { normalizeText } from '../../src/ingest/normalize.js';
import { sentencePeople } from '../../src/eval/sentence-people.js';
import { pageArticles } from '../../src/ingest/page-articles.js';

export const SEEDS_DIR = new URL('../../seeds/', import.meta.url);

export function seedSheets(name: string): FactSheet[] {
  return extractPage(pageArticles({ source: `seeds/${name}`, text: normalizeText(readFileSync(new URL(name, SEEDS_DIR), 'utf8')) }));
}

export function allSeedSheets(): FactSheet[] {
  return ['000_edfb76c44c08cff3.txt', '001_25b9b06cbbd2e5b3.txt', '002_e0293cca43708735.txt', '003_0c3d2c04bd8aa6d3.txt', '004_c75b4f9da4696006.txt'].flatMap(seedSheets);
}

export function textSheets(text: string, options: ExtractOptions = {}, source = 'test.txt'): FactSheet[] {
  return extractPage(pageArticles({ source, text: normalizeText(text) }), options);
}

/** Relations of a type as [sourceName, targetName, properties], in sheet order. */
export function named(sheet: FactSheet, type: string): Array<[string, string, Record<string, unknown>]> {
  const name = new Map(sheet.entities.map((e) => [e.id, e.name]));
  name.set(sheet.article.id, '(article)');
  return sheet.relations.filter((r) => r.type === type).map((r) => [name.get(r.source) ?? r.source, name.get(r.target) ?? r.target, r.properties]);
}

export function entityNames(sheet: FactSheet, type: string): string[] {
  return sheet.entities.filter((e) => e.type === type).map((e) => e.name);
}

/** The names of the people read in one plain sentence, in text order. */
export function sentenceNames(sentence: string): string[] {
  return sentencePeople(sentence).map((p) => p.text);
}
