// Meeting identity on real pages (issue 17): the dev corpus (read in place from ../shared/dev-corpus,
// never copied) ingested with the seeds gives no meeting whose presiders, attendees or speakers come
// from pages of two cities. An attendance fact's city is the city inferred for the page its article
// is on (a page whose city is not told is a place of its own).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPage, pageContext } from '../../src/extract/extract-page.js';
import { DEFAULT_DEV_CORPUS } from '../../src/eval/paths.js';
import type { FactSheet } from '../../src/graph/fact-sheet.js';
import { createMemoryStore } from '../../src/graph/memory/memory-store.js';
import { applyFactSheets } from '../../src/graph/replace-article.js';
import type { GraphStore } from '../../src/graph/store.js';
import { normalizeText } from '../../src/ingest/normalize.js';
import { pageArticles } from '../../src/ingest/page-articles.js';
import { SEEDS_DIR } from '../helpers/sheets.js';

const TEXTS = join(DEFAULT_DEV_CORPUS, 'texts');
const present = existsSync(TEXTS);
if (!present) console.warn(`dev-corpus meeting test skipped: no dev corpus at ${TEXTS}`);

const ROLES = new Set(['PRESIDED', 'ATTENDED', 'SPOKE_AT']);

/** Every page of a folder as FactSheets, with the city of each article's page. */
function readPages(dir: string, root: string, cities: Map<string, string>): FactSheet[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().flatMap((file) => {
    const page = pageArticles({ source: `${root}/${file}`, text: normalizeText(readFileSync(join(dir, file), 'utf8')) });
    const city = pageContext(page.text).city ?? `(no city: ${root}/${file})`;
    const sheets = extractPage(page);
    for (const s of sheets) cities.set(s.article.id, city);
    return sheets;
  });
}

describe.skipIf(!present)(`meetings of the dev corpus and the seeds (${present ? TEXTS : `skipped: no dev corpus at ${TEXTS}`})`, () => {
  const cities = new Map<string, string>();
  let sheets: FactSheet[] = [];
  let store: GraphStore;
  let dir = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-dev-meetings-'));
    sheets = [...readPages(new URL('.', SEEDS_DIR).pathname, 'seeds', cities), ...readPages(TEXTS, 'dev-corpus', cities)];
    store = await createMemoryStore({ dataDir: dir });
    await applyFactSheets(store, sheets);
  }, 300_000);

  afterAll(async () => {
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('gives no meeting people from pages of two cities', () => {
    const byMeeting = new Map<string, Set<string>>();
    for (const s of sheets) {
      for (const r of s.relations.filter((x) => ROLES.has(x.type))) {
        if (!byMeeting.has(r.target)) byMeeting.set(r.target, new Set());
        byMeeting.get(r.target)!.add(cities.get(s.article.id)!);
      }
    }
    expect(byMeeting.size).toBeGreaterThan(50);
    expect([...byMeeting].filter(([, c]) => c.size > 1).map(([id, c]) => `${id}: ${[...c].join(', ')}`)).toEqual([]);
  });

  it('gives no meeting of the store presiders, attendees or speakers from pages of two cities, and each meeting who held it', async () => {
    const mixed: string[] = [];
    let heldBy = 0;
    const { items, total } = await store.meetings({ limit: 200, offset: 0 });
    const rest = total > 200 ? (await store.meetings({ limit: 200, offset: 200 })).items : [];
    for (const m of [...items, ...rest]) {
      const detail = await store.meeting(m.id);
      const entries = [...(detail?.presided ?? []), ...(detail?.attendees ?? []), ...(detail?.speakers ?? [])];
      const found = new Set(entries.map((e) => cities.get(e.articleId)));
      if (found.size > 1) mixed.push(`${m.name} ${m.date}: ${[...found].join(', ')}`);
      if (m.heldBy) heldBy++;
    }
    expect(mixed).toEqual([]);
    expect(heldBy).toBeGreaterThan(total / 2);
  });
});
