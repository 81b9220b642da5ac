// Writes test/fixtures/fact-sheets/seeds.json: the FactSheets of the five seed pages, which the store
// tests (conformance, journal, web page, API) write instead of extracting the pages, so that a
// change to extraction cannot break a test of the stores. Run it when the FactSheet contract
// changes, not when extraction does:  npx tsx scripts/write-seed-fact-sheets.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractPage } from '../src/extract/extract-page.js';
import type { FactSheet } from '../src/graph/fact-sheet.js';
import { normalizeText } from '../src/ingest/normalize.js';
import { pageArticles } from '../src/ingest/page-articles.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = `${ROOT}test/fixtures/fact-sheets/seeds.json`;

const sheets: FactSheet[] = readdirSync(`${ROOT}seeds`)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .flatMap((name) => extractPage(pageArticles({ source: `seeds/${name}`, text: normalizeText(readFileSync(`${ROOT}seeds/${name}`, 'utf8')) })));

// One entity or relation a line, so that a change to the fixture reads as a diff of facts.
const list = (items: unknown[]) => (items.length ? `[\n${items.map((i) => `      ${JSON.stringify(i)}`).join(',\n')}\n    ]` : '[]');
const sheet = (s: FactSheet) => `  {\n    "article": ${JSON.stringify(s.article)},\n    "entities": ${list(s.entities)},\n    "relations": ${list(s.relations)}\n  }`;
writeFileSync(OUT, `[\n${sheets.map(sheet).join(',\n')}\n]\n`);
console.log(`wrote ${sheets.length} FactSheets to ${OUT}`);
