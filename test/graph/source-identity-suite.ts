// Source identity, for every store: a page is one article set however its path is typed, two
// folders of one name never share a key, a file given alone belongs to its own folder, a named
// folder keeps its keys where it moves, --prune refuses a folder with no pages, and a store written
// under an earlier version's keys (`pages/01.txt`) moves to the current ones without duplicates.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPathsJob } from '../../src/graph/ingest-job.js';
import { ingestPages, type IngestOptions } from '../../src/graph/ingest-run.js';
import type { GraphStore } from '../../src/graph/store.js';
import { SEEDS, type StoreHarness } from './store-conformance.js';
import { withFreshStore } from '../helpers/fresh-store.js';

const SEED = ['000_edfb76c44c08cff3.txt', '001_25b9b06cbbd2e5b3.txt', '003_0c3d2c04bd8aa6d3.txt', '004_c75b4f9da4696006.txt'].map((f) => join(SEEDS, f));

/** `paper/2021-05-28/01.txt`, `paper/2021-05-29/01.txt` …: each day's page 01 another seed page. */
function paper(root: string, days: Record<string, number>): string {
  for (const [day, seed] of Object.entries(days)) {
    mkdirSync(join(root, day), { recursive: true });
    copyFileSync(SEED[seed] as string, join(root, day, '01.txt'));
  }
  return root;
}

const articles = async (store: GraphStore) => (await store.stats()).nodes.Article ?? 0;
const sources = async (store: GraphStore) => [...new Set((await store.articleSources()).map((a) => a.source))].sort();

export function testSourceIdentity(name: string, harness: StoreHarness): void {
  describe(`${name} store source identity`, () => {
    const fresh = <T>(work: (store: GraphStore) => Promise<T>) => withFreshStore(harness, work);
    const ingest = async (store: GraphStore, paths: string[], options: IngestOptions = {}) => (await ingestPathsJob(store, paths, 'cli', options)).summary;
    const temp = (what: string) => mkdtempSync(join(tmpdir(), `newsgraph-identity-${what}-`));

    it('keeps two folders of one name apart: pruning one leaves the other', async () => {
      const root = temp('two-roots');
      const x = paper(join(root, 'x', 'pages'), { '2021-05-28': 0 });
      const y = paper(join(root, 'y', 'pages'), { '2021-05-28': 1 });
      await fresh(async (store) => {
        const first = await ingest(store, [x]);
        const second = await ingest(store, [y], { prune: true });
        expect(second.articles).toMatchObject({ new: second.articles.new, changed: 0, removed: 0 });
        expect(await articles(store)).toBe(first.articles.new + second.articles.new);
        expect((await ingest(store, [x, y])).articles).toMatchObject({ new: 0, changed: 0, unchanged: first.articles.new + second.articles.new });
      });
    });

    it('keeps two papers’ day folders of one name apart', async () => {
      const root = temp('two-days');
      const a = paper(join(root, 'A'), { '2021-05-28': 0 });
      const b = paper(join(root, 'B'), { '2021-05-28': 1 });
      await fresh(async (store) => {
        const first = await ingest(store, [join(a, '2021-05-28')]);
        const second = await ingest(store, [join(b, '2021-05-28')], { prune: true });
        expect(second.articles).toMatchObject({ changed: 0, removed: 0, unchanged: 0 });
        expect(await articles(store)).toBe(first.articles.new + second.articles.new);
      });
    });

    it('gives a page one key however its folder is typed: ., ./x, x/, a link to it, a subfolder, the file alone', async () => {
      const root = temp('typed');
      const dir = paper(join(root, 'pages'), { '2021-05-28': 0, '2021-05-29': 3 });
      symlinkSync(dir, join(root, 'link'));
      await fresh(async (store) => {
        const first = await ingest(store, [dir]);
        const keys = await sources(store);
        const cwd = process.cwd();
        try {
          process.chdir(root);
          for (const typed of [['pages'], ['./pages'], ['pages/'], ['link'], ['link/2021-05-29'], ['pages/2021-05-28/01.txt']]) {
            expect({ typed, articles: (await ingest(store, typed, { prune: true })).articles }).toMatchObject({ typed, articles: { new: 0, changed: 0, removed: 0 } });
          }
          process.chdir(dir);
          expect((await ingest(store, ['.'], { prune: true })).articles).toMatchObject({ new: 0, changed: 0, removed: 0, unchanged: first.articles.new });
        } finally {
          process.chdir(cwd);
        }
        expect(await sources(store)).toEqual(keys);
        expect(await articles(store)).toBe(first.articles.new);
      });
    });

    it('takes a file given alone as a page of its own folder: the next day’s page of the same name is another page', async () => {
      const dir = paper(temp('days'), { '2021-05-28': 0, '2021-05-29': 1 });
      await fresh(async (store) => {
        const day1 = await ingest(store, [join(dir, '2021-05-28', '01.txt')]);
        const day2 = await ingest(store, [join(dir, '2021-05-29', '01.txt')]);
        expect(day2.articles).toMatchObject({ changed: 0, removed: 0 });
        expect(await articles(store)).toBe(day1.articles.new + day2.articles.new);
        // The folder holds the same two pages.
        expect((await ingest(store, [dir], { prune: true })).articles).toMatchObject({ new: 0, changed: 0, removed: 0 });
      });
    });

    it('keeps a named folder’s keys wherever it is found later, with or without the name', async () => {
      const root = temp('named');
      const dir = paper(join(root, 'hengyang'), { '2021-05-28': 0, '2021-05-29': 1 });
      await fresh(async (store) => {
        const first = await ingest(store, [dir], { source: 'hengyang' });
        expect(await store.sourceRoots()).toEqual([{ name: 'hengyang', path: expect.stringMatching(/hengyang$/) }]);
        expect((await sources(store)).every((s) => s.startsWith('hengyang:2021-05-'))).toBe(true);
        // A day's folder, without the name: found inside the named folder.
        expect((await ingest(store, [join(dir, '2021-05-29')], { prune: true })).articles).toMatchObject({ new: 0, changed: 0, removed: 0 });
        // The folder moves; the name goes with it.
        const moved = join(root, 'archive');
        renameSync(dir, moved);
        expect((await ingest(store, [moved], { source: 'hengyang', prune: true })).articles).toMatchObject({ new: 0, changed: 0, removed: 0, unchanged: first.articles.new });
        expect((await store.sourceRoots())[0]?.path).toMatch(/archive$/);
      });
    });

    it('refuses one name for two folders, and a name that could be read as a path', async () => {
      const root = temp('bad-names');
      const a = paper(join(root, 'a'), { '2021-05-28': 0 });
      const b = paper(join(root, 'b'), { '2021-05-28': 1 });
      await fresh(async (store) => {
        await expect(ingest(store, [a, b], { source: 'paper' })).rejects.toMatchObject({ code: 'BAD_REQUEST', field: 'source' });
        for (const bad of ['', 'a/b', 'c:', '..', '.hidden']) await expect(ingest(store, [a], { source: bad })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
        expect(await articles(store)).toBe(0);
        expect(await store.sourceRoots()).toEqual([]);
      });
    });

    it('refuses to prune a folder that holds no pages, and prunes it when told it is empty on purpose', async () => {
      const dir = paper(temp('empty'), { '2021-05-28': 0 });
      await fresh(async (store) => {
        const first = await ingest(store, [dir]);
        rmSync(join(dir, '2021-05-28'), { recursive: true });
        await expect(ingest(store, [dir], { prune: true })).rejects.toMatchObject({ name: 'EmptySourceError', code: 'SOURCE_EMPTY' });
        expect(await articles(store)).toBe(first.articles.new);
        expect((await store.runs(1, 0)).items[0]).toMatchObject({ status: 'failed' });
        const allowed = await ingest(store, [dir], { prune: true, allowEmpty: true });
        expect(allowed).toMatchObject({ failures: [], articles: { removed: first.articles.new } });
        expect(await articles(store)).toBe(0);
      });
    });

    describe('a store written under an earlier version’s keys', () => {
      /** What an earlier version stored for these files: each under the key it gave them. */
      const writtenBefore = (store: GraphStore, pages: Array<[key: string, path: string]>) =>
        ingestPages(store, pages.map(([source, path]) => ({ source, path, bytes: readFileSync(path) })));

      it('moves a folder’s pages to their current keys, once, without duplicates, then skips them', async () => {
        const dir = paper(join(temp('legacy'), 'pages'), { '2021-05-28': 0, '2021-05-29': 1 });
        await fresh(async (store) => {
          const before = await writtenBefore(store, [
            ['pages/2021-05-28/01.txt', join(dir, '2021-05-28', '01.txt')],
            ['pages/2021-05-29/01.txt', join(dir, '2021-05-29', '01.txt')],
          ]);
          // The second page was edited since: still the same page, by the key the path typed gives.
          const edited = join(dir, '2021-05-29', '01.txt');
          writeFileSync(edited, readFileSync(edited, 'utf8').replace('。', '，'));
          const cwd = process.cwd();
          let moved;
          try {
            process.chdir(join(dir, '..'));
            moved = await ingest(store, ['pages/'], { prune: true });
          } finally {
            process.chdir(cwd);
          }
          expect(moved.rekeyed).toBe(before.articles.new);
          expect(await articles(store)).toBe(before.articles.new);
          expect((await sources(store)).every((s) => s.startsWith('/'))).toBe(true);
          const again = await ingest(store, [dir], { prune: true });
          expect(again).toMatchObject({ unchangedFiles: 2, rekeyed: 0, articles: { new: 0, changed: 0, removed: 0 } });
        });
      });

      it('recognises a file once given alone (`01.txt`) by its bytes, and leaves a page of another folder alone', async () => {
        const root = temp('legacy-file');
        const dir = paper(join(root, 'A'), { '2021-05-28': 0, '2021-05-29': 1 });
        const other = paper(join(root, 'B'), { '2021-05-28': 3 });
        await fresh(async (store) => {
          const day1 = await writtenBefore(store, [['01.txt', join(dir, '2021-05-28', '01.txt')]]);
          const elsewhere = await writtenBefore(store, [['B/2021-05-28/01.txt', join(other, '2021-05-28', '01.txt')]]);
          const now = await ingest(store, [dir]);
          expect(now.rekeyed).toBe(day1.articles.new);
          expect(await articles(store)).toBe(now.articles.new + elsewhere.articles.new);
          const real = realpathSync(dir);
          expect(await sources(store)).toEqual([`${real}/2021-05-28/01.txt`, `${real}/2021-05-29/01.txt`, 'B/2021-05-28/01.txt']);
        });
      });
    });
  });
}
