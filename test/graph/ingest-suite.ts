// Ingest runs against a store, for every store: a folder mixing good pages with every bad input
// leaves the graph exactly as the good pages alone; --prune removes what left the folder; the
// ingest lock admits one run at a time; every run is recorded. Each test starts from a wiped store.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/extract/extract-page.js';
import { ingestPathsJob, runIngestJob } from '../../src/graph/ingest-job.js';
import { ingestPages } from '../../src/graph/ingest-run.js';
import { applyFactSheet } from '../../src/graph/replace-article.js';
import type { Stats } from '../../src/graph/model.js';
import type { GraphStore } from '../../src/graph/store.js';
import { htmlPage, SIMPLIFIED_PAGE, TRADITIONAL_PAGE } from '../helpers/pages.js';
import { SEEDS, type StoreHarness } from './store-conformance.js';
import { pageArticles } from '../../src/ingest/page-articles.js';
import { withFreshStore } from '../helpers/fresh-store.js';

const graphOf = ({ lastIngest: _at, ...counts }: Stats) => counts;

/** A folder named `name` holding good pages of every accepted kind. */
function goodFolder(root: string, name = 'pages'): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'html'), { recursive: true });
  copyFileSync(join(SEEDS, '000_edfb76c44c08cff3.txt'), join(dir, 'seed-000.txt'));
  copyFileSync(join(SEEDS, '004_c75b4f9da4696006.txt'), join(dir, 'seed-004.txt'));
  writeFileSync(join(dir, 'district-gbk.txt'), iconv.encode(SIMPLIFIED_PAGE, 'gbk'));
  writeFileSync(join(dir, 'district-big5.txt'), iconv.encode(TRADITIONAL_PAGE.replace(/周立新/g, '周立德'), 'big5'));
  writeFileSync(join(dir, 'html', 'page.html'), htmlPage(SIMPLIFIED_PAGE.replace(/郑国强/g, '郑国华')));
  writeFileSync(join(dir, 'crlf.txt'), Buffer.from(`\ufeff${SIMPLIFIED_PAGE.replace(/孙海涛/g, '孙海波').replace(/\n/g, '\r\n')}`, 'utf8'));
  return dir;
}

/** Every bad input there is, added beside the good pages; returns the names each must be reported by. */
function addBadInputs(dir: string): string[] {
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
  writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, Buffer.from('市长主持召开会议。\n')));
  writeFileSync(join(dir, 'invalid.txt'), Buffer.from([0xe4, 0xb8, 0x0a, 0xff, 0xfe, 0xc0, 0x80, 0x41]));
  writeFileSync(join(dir, 'index-page.txt'), '第01版\n\n要闻\n');
  symlinkSync(join(dir, 'vanished-target.txt'), join(dir, 'dangling-link.txt'));
  return ['empty.txt', 'binary.txt', 'huge.txt', 'invalid.txt', 'index-page.txt', 'dangling-link.txt'];
}

export function testIngestRuns(name: string, harness: StoreHarness): void {
  describe(`${name} store ingest runs`, () => {
    const fresh = <T>(work: (store: GraphStore) => Promise<T>) => withFreshStore(harness, work);

    it('ingests every good page of a folder mixed with every bad input, names each bad one, and ends as the good pages alone', async () => {
      const root = mkdtempSync(join(tmpdir(), 'newsgraph-mixed-'));
      const goodOnly = await fresh(async (store) => {
        const { summary } = await ingestPathsJob(store, [goodFolder(join(root, 'a'))], 'cli');
        expect(summary.failures).toEqual([]);
        return graphOf(await store.stats());
      });
      const mixedDir = goodFolder(join(root, 'b'));
      const bad = addBadInputs(mixedDir);
      const missing = join(root, 'no-such-folder');
      const { summary, mixed, runs } = await fresh(async (store) => {
        const job = await ingestPathsJob(store, [mixedDir, missing], 'cli');
        return { summary: job.summary, mixed: graphOf(await store.stats()), runs: await store.runs(10, 0) };
      });
      const reported = summary.failures.map((f) => `${f.path}: ${f.message}`).join('\n');
      for (const file of bad) expect(reported).toContain(file);
      expect(reported).toContain('no-such-folder: no such file or folder');
      expect(summary.failures).toHaveLength(bad.length + 1);
      expect(summary.articles.failed).toBe(0);
      expect(mixed).toEqual(goodOnly);
      expect(runs.items[0]?.errors).toHaveLength(bad.length + 1);
    });

    it('prunes the articles of a page removed from the folder, and the entities only it held', async () => {
      const root = mkdtempSync(join(tmpdir(), 'newsgraph-prune-'));
      const dir = goodFolder(root);
      const expected = await fresh(async (store) => {
        rmSync(join(dir, 'district-gbk.txt'));
        await ingestPathsJob(store, [dir], 'cli');
        return graphOf(await store.stats());
      });
      writeFileSync(join(dir, 'district-gbk.txt'), iconv.encode(SIMPLIFIED_PAGE, 'gbk'));
      await fresh(async (store) => {
        await ingestPathsJob(store, [dir], 'cli');
        rmSync(join(dir, 'district-gbk.txt'));
        const kept = await ingestPathsJob(store, [dir], 'cli');
        expect(kept.summary.articles.removed).toBe(0);
        const pruned = await ingestPathsJob(store, [dir], 'cli', { prune: true });
        expect(pruned.summary.articles).toMatchObject({ removed: 2, new: 0, changed: 0 });
        expect(pruned.run.counts.removed).toBe(2);
        expect(graphOf(await store.stats())).toEqual(expected);
        expect((await store.search('郑国强', undefined, 10, 0)).total).toBe(1); // still on page.html
        expect((await store.search('孙海涛', undefined, 10, 0)).total).toBe(1); // still on page.html
      });
    });

    it('does not read an unchanged page again; reads a changed page, or every page under other settings, and then skips them again', async () => {
      const dir = goodFolder(mkdtempSync(join(tmpdir(), 'newsgraph-unchanged-')));
      await fresh(async (store) => {
        const first = (await ingestPathsJob(store, [dir], 'cli')).summary;
        expect(first.unchangedFiles).toBe(0);
        const graph = graphOf(await store.stats());
        const again = (await ingestPathsJob(store, [dir], 'cli')).summary;
        expect(again).toMatchObject({ files: first.files, unchangedFiles: first.files, failures: [] });
        expect(again.articles).toMatchObject({ new: 0, changed: 0, unchanged: first.articles.new });
        expect(graphOf(await store.stats())).toEqual(graph);
        // One article of one page edited: that page alone is read again, its other articles stay unchanged.
        const seed = join(dir, 'seed-004.txt');
        writeFileSync(seed, readFileSync(seed, 'utf8').replace('主持召开', '主持召开了'));
        const edited = (await ingestPathsJob(store, [dir], 'cli')).summary;
        expect(edited.unchangedFiles).toBe(first.files - 1);
        expect(edited.articles.changed).toBe(1);
        expect((await ingestPathsJob(store, [dir], 'cli')).summary.unchangedFiles).toBe(first.files);
        // Other settings (here the city) may read a page otherwise: every page is read again.
        const otherCity = (await ingestPathsJob(store, [dir], 'cli', { extract: { city: '长沙' } })).summary;
        expect(otherCity.unchangedFiles).toBe(0);
        expect((await ingestPathsJob(store, [dir], 'cli', { extract: { city: '长沙' } })).summary.unchangedFiles).toBe(first.files);
      });
    });

    it('skips unchanged articles, and reads every article again under a new extractor version', async () => {
      await fresh(async (store) => {
        const page = { source: 'district.txt', text: SIMPLIFIED_PAGE };
        const sheets = extractPage(pageArticles(page));
        for (const sheet of sheets) expect(await applyFactSheet(store, sheet)).toBe('new');
        for (const sheet of sheets) expect(await applyFactSheet(store, sheet)).toBe('unchanged');
        const before = graphOf(await store.stats());
        for (const sheet of sheets) expect(await applyFactSheet(store, { ...sheet, article: { ...sheet.article, extractorVersion: '999.0.0' } })).toBe('changed');
        expect(graphOf(await store.stats())).toEqual(before);
        expect((await store.articleSources()).every((a) => a.extractorVersion === '999.0.0')).toBe(true);
      });
    });

    it('lets one ingest run hold the store at a time, and records every run newest first', async () => {
      await fresh(async (store) => {
        const release = await store.lockIngest('first run');
        await expect(store.lockIngest('second run')).rejects.toMatchObject({ code: 'STORE_BUSY', message: expect.stringContaining('first run') });
        await expect(ingestPathsJob(store, [SEEDS], 'schedule')).rejects.toMatchObject({ code: 'STORE_BUSY' });
        await release();
        const first = await ingestPathsJob(store, [join(SEEDS, '004_c75b4f9da4696006.txt')], 'schedule');
        const second = await ingestPathsJob(store, [join(SEEDS, '004_c75b4f9da4696006.txt')], 'watch');
        expect(first.run.counts).toEqual({ new: 3, changed: 0, unchanged: 0, removed: 0, failed: 0 });
        expect(second.run.counts.unchanged).toBe(3);
        const runs = await store.runs(10, 0);
        expect(runs.items.map((r) => r.id)).toEqual([second.run.id, first.run.id]);
        expect(runs.items[0]).toMatchObject({ trigger: 'watch', status: 'finished', paths: [join(SEEDS, '004_c75b4f9da4696006.txt')] });
        expect(Date.parse(runs.items[0]!.endedAt as string)).toBeGreaterThanOrEqual(Date.parse(runs.items[0]!.startedAt));
      });
    });

    it('records a run when it starts: running while it works, failed when it throws, with the error', async () => {
      await fresh(async (store) => {
        let seenWhileRunning: unknown;
        const job = await runIngestJob(store, 'api', ['page-a'], async () => {
          seenWhileRunning = (await store.runs(10, 0)).items[0];
          return ingestPages(store, [], {});
        });
        expect(seenWhileRunning).toMatchObject({ id: job.run.id, status: 'running', endedAt: null, paths: ['page-a'] });
        await expect(runIngestJob(store, 'schedule', ['page-b'], () => Promise.reject(new Error('the disk went away')))).rejects.toThrow('the disk went away');
        const [failed, finished] = (await store.runs(10, 0)).items;
        expect(failed).toMatchObject({ trigger: 'schedule', status: 'failed', error: 'the disk went away' });
        expect(failed!.endedAt).not.toBeNull();
        expect(finished).toMatchObject({ id: job.run.id, status: 'finished' });
      });
    });

    it('lists a run whose process went away before it finished as interrupted', async () => {
      await harness.reset();
      const writer = await harness.open();
      const at = new Date().toISOString();
      const counts = { new: 0, changed: 0, unchanged: 0, removed: 0, failed: 0 };
      // What a process killed mid-run leaves: the run's record as it started, and no lock held for it.
      await writer.recordRun({ id: 'run_killed', trigger: 'cli', status: 'running', paths: ['pages'], startedAt: at, endedAt: null, counts, errors: [] });
      await writer.close();
      const reader = await harness.open();
      try {
        expect((await reader.runs(10, 0)).items).toEqual([expect.objectContaining({ id: 'run_killed', status: 'interrupted', endedAt: null })]);
      } finally {
        await reader.close();
      }
    });
  });
}
