// The time limit per page: past it, extraction stops between two steps and the page is an input
// error naming it and the setting; a page within it is extracted as ever.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile, pageTimeLimitSeconds } from '../../src/extract/extract-file.js';

const seeds = new URL('../../seeds/', import.meta.url).pathname;
const name = readdirSync(seeds).filter((f) => f.endsWith('.txt'))[0] as string;

describe('the time limit per page', () => {
  it('extracts a page within the limit, and stops one that takes longer as that page’s input error', async () => {
    const seed = readFileSync(join(seeds, name), 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-limit-'));
    const long = { path: join(dir, 'long.txt'), source: 'long.txt' };
    // 300 articles: far more than a tenth of a second's work.
    writeFileSync(long.path, seed.repeat(100));
    // A page within the limit, first: it also loads the tokenizer, which no later page waits for.
    const page = await extractFile({ path: join(seeds, name), source: name });
    expect('sheets' in page && page.sheets.length).toBeGreaterThan(0);
    let started = Date.now();
    const outcome = await extractFile(long, {}, 0.1);
    const stoppedAfter = Date.now() - started;
    expect(outcome).toEqual({ failure: { code: 'INPUT_INVALID', message: 'long.txt: extracting the page took longer than 0.1 s, the limit per page (set NEWSGRAPH_PAGE_TIME_LIMIT_S to change it)' } });
    started = Date.now();
    const full = await extractFile(long, {}, 600);
    const fullTook = Date.now() - started;
    expect('sheets' in full && full.sheets.length).toBe(300);
    // It stopped on the way, not after extracting everything.
    expect(stoppedAfter).toBeLessThan(fullTook);
  });

  it('is 60 s unless NEWSGRAPH_PAGE_TIME_LIMIT_S says otherwise', () => {
    const before = process.env.NEWSGRAPH_PAGE_TIME_LIMIT_S;
    try {
      delete process.env.NEWSGRAPH_PAGE_TIME_LIMIT_S;
      expect(pageTimeLimitSeconds()).toBe(60);
      process.env.NEWSGRAPH_PAGE_TIME_LIMIT_S = '5';
      expect(pageTimeLimitSeconds()).toBe(5);
      process.env.NEWSGRAPH_PAGE_TIME_LIMIT_S = 'soon';
      expect(pageTimeLimitSeconds()).toBe(60);
    } finally {
      if (before === undefined) delete process.env.NEWSGRAPH_PAGE_TIME_LIMIT_S;
      else process.env.NEWSGRAPH_PAGE_TIME_LIMIT_S = before;
    }
  });
});
