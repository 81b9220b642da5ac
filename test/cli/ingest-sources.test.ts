// `newsgraph ingest` as a new user types it, the real binary on temporary folders: a page is one
// page however its path is typed (from another working folder, `.`, `x/`, a link), a day's page
// given alone is not the next day's, two papers' folders of one name stay apart, a named folder
// keeps its keys where it moves, an empty folder is not pruned without --allow-empty, and a data
// directory an earlier version wrote moves to the current keys without duplicates.
// Needs the build (npm test runs it first).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/graph/memory/memory-store.js';
import { ingestPages } from '../../src/graph/ingest-run.js';
import { SEEDS } from '../graph/store-conformance.js';

const BIN = fileURLToPath(new URL('../../bin/newsgraph.js', import.meta.url));
const SEED = ['000_edfb76c44c08cff3.txt', '001_25b9b06cbbd2e5b3.txt', '003_0c3d2c04bd8aa6d3.txt'].map((f) => join(SEEDS, f));
const temp = (what: string) => mkdtempSync(join(tmpdir(), `newsgraph-sources-${what}-`));

/** The binary run in `cwd` on the embedded store in `data`, to its end. */
function newsgraph(cwd: string, data: string, ...args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NEO4J_URI: '', NEWSGRAPH_DATA_DIR: data } });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, out }));
  });
}

/** `pages/2021-05-28/01.txt` …: each day's page 01 another seed page. */
function paper(dir: string, days: string[]): string {
  days.forEach((day, i) => {
    mkdirSync(join(dir, day), { recursive: true });
    copyFileSync(SEED[i] as string, join(dir, day, '01.txt'));
  });
  return dir;
}

const articlesIn = async (data: string) => (JSON.parse((await newsgraph(tmpdir(), data, 'query', 'stats')).out) as { nodes: { Article?: number } }).nodes.Article ?? 0;
const counts = (out: string) => /(\d+) new, (\d+) changed, (\d+) unchanged, (?:(\d+) removed, )?(\d+) failed/.exec(out)?.slice(1).map((n) => Number(n ?? 0));

// Each test runs the binary up to eight times, a second or two each for the tokenizer's dictionaries:
// more than the default 30 s on a busy two-core machine.
describe('newsgraph ingest: which page is which', { timeout: 120_000 }, () => {
  it('takes a page given by another typed path (., x/, ./x, a link, from another folder) as the same page', async () => {
    const root = temp('typed');
    const data = temp('typed-data');
    const pages = paper(join(root, 'pages'), ['2021-05-28', '2021-05-29']);
    symlinkSync(pages, join(root, 'link'));
    const first = await newsgraph(root, data, 'ingest', 'pages');
    expect(first.code).toBe(0);
    const stored = await articlesIn(data);
    for (const [cwd, typed] of [[pages, '.'], [root, 'pages/'], [root, './pages'], [root, 'link'], [join(pages, '2021-05-28'), '../'], [tmpdir(), pages]] as const) {
      const again = await newsgraph(cwd, data, 'ingest', typed, '--prune');
      expect({ typed, code: again.code, counts: counts(again.out) }).toEqual({ typed, code: 0, counts: [0, 0, stored, 0, 0] });
    }
    expect(await articlesIn(data)).toBe(stored);
  });

  it('keeps a day’s page given alone apart from the next day’s page of the same name', async () => {
    const root = temp('days');
    const data = temp('days-data');
    paper(join(root, 'A'), ['2021-05-28', '2021-05-29']);
    const day1 = await newsgraph(root, data, 'ingest', 'A/2021-05-28/01.txt');
    const day2 = await newsgraph(root, data, 'ingest', 'A/2021-05-29/01.txt');
    expect(counts(day2.out)?.slice(1, 2)).toEqual([0]);
    expect(await articlesIn(data)).toBe((counts(day1.out)?.[0] ?? 0) + (counts(day2.out)?.[0] ?? 0));
  });

  it('keeps two papers’ folders of one name apart: --prune of one leaves the other', async () => {
    const root = temp('two');
    const data = temp('two-data');
    paper(join(root, 'x', 'pages'), ['2021-05-28']);
    mkdirSync(join(root, 'y'));
    paper(join(root, 'y', 'pages'), ['2021-05-29', '2021-05-28']);
    const x = await newsgraph(join(root, 'x'), data, 'ingest', 'pages');
    const y = await newsgraph(join(root, 'y'), data, 'ingest', 'pages', '--prune');
    expect(y.code).toBe(0);
    expect(y.out).not.toMatch(/removed/);
    expect(await articlesIn(data)).toBe((counts(x.out)?.[0] ?? 0) + (counts(y.out)?.[0] ?? 0));
  });

  it('keeps a folder named with --source under its name where it moves, and refuses a name like a path (exit 2)', async () => {
    const root = temp('named');
    const data = temp('named-data');
    paper(join(root, 'hengyang'), ['2021-05-28', '2021-05-29']);
    expect((await newsgraph(root, data, 'ingest', 'hengyang', '--source', 'hengyang')).code).toBe(0);
    const stored = await articlesIn(data);
    renameSync(join(root, 'hengyang'), join(root, 'moved'));
    const moved = await newsgraph(root, data, 'ingest', 'moved', '--source', 'hengyang', '--prune');
    expect(counts(moved.out)).toEqual([0, 0, stored, 0, 0]);
    const bad = await newsgraph(root, data, 'ingest', 'moved', '--source', 'a/b');
    expect(bad.code).toBe(2);
    expect(bad.out).toMatch(/--source "a\/b"/);
  });

  it('refuses --prune of a folder with no pages (exit 3, nothing removed), and prunes it with --allow-empty', async () => {
    const root = temp('empty');
    const data = temp('empty-data');
    paper(join(root, 'pages'), ['2021-05-28']);
    expect((await newsgraph(root, data, 'ingest', 'pages')).code).toBe(0);
    const stored = await articlesIn(data);
    rmSync(join(root, 'pages', '2021-05-28'), { recursive: true });
    const refused = await newsgraph(root, data, 'ingest', 'pages', '--prune');
    expect(refused.code).toBe(3);
    expect(refused.out).toMatch(/pages: no pages in the folder .*--allow-empty/);
    expect(await articlesIn(data)).toBe(stored);
    const allowed = await newsgraph(root, data, 'ingest', 'pages', '--prune', '--allow-empty');
    expect(allowed.code).toBe(0);
    expect(counts(allowed.out)).toEqual([0, 0, 0, stored, 0]);
    expect(await articlesIn(data)).toBe(0);
  });

  it('moves a data directory an earlier version wrote (`pages/2021-05-28/01.txt`) to the current keys without duplicates', async () => {
    const root = temp('legacy');
    const data = temp('legacy-data');
    const pages = paper(join(root, 'pages'), ['2021-05-28', '2021-05-29']);
    const before = await createMemoryStore({ dataDir: data });
    try {
      await ingestPages(before, ['2021-05-28/01.txt', '2021-05-29/01.txt'].map((rel) => ({ source: `pages/${rel}`, path: join(pages, rel), bytes: readFileSync(join(pages, rel)) })));
    } finally {
      await before.close();
    }
    const stored = await articlesIn(data);
    const moved = await newsgraph(root, data, 'ingest', 'pages', '--prune');
    expect(moved.code).toBe(0);
    expect(moved.out).toMatch(new RegExp(`re-keyed: ${stored} articles`));
    expect(await articlesIn(data)).toBe(stored);
    expect(counts((await newsgraph(root, data, 'ingest', 'pages')).out)).toEqual([0, 0, stored, 0, 0]);
  });
});
