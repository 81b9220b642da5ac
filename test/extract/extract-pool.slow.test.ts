// The extraction pool when a worker dies: a page too big for a worker's bounded heap is handed back
// and extracted in the calling thread, with the same result as extracting it there in the first place.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile, type FileOutcome } from '../../src/extract/extract-file.js';
import { createExtractor } from '../../src/extract/extract-pool.js';

const seeds = new URL('../../seeds/', import.meta.url).pathname;
const articleIds = (outcome: FileOutcome): string[] => {
  if (!('sheets' in outcome)) throw new Error(`extraction failed: ${outcome.failure.message}`);
  return outcome.sheets.map((s) => s.article.id);
};

describe('the extraction pool', () => {
  it('extracts a page that overflows a worker heap in this thread, losing nothing', async () => {
    const seed = readFileSync(join(seeds, readdirSync(seeds).filter((f) => f.endsWith('.txt'))[0] as string), 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-pool-'));
    const job = { path: join(dir, 'huge.txt'), source: 'huge.txt' };
    writeFileSync(job.path, seed.repeat(Math.ceil(6e6 / seed.length)));
    // Room to load the tokenizer's tables, not to extract six million characters at once.
    const extractor = createExtractor(2, {}, { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 });
    try {
      const outcome = await extractor.extract(job);
      expect(extractor.handedBack).toBe(1);
      const ids = articleIds(outcome);
      expect(ids.length).toBeGreaterThan(1000);
      expect(ids).toEqual(articleIds(await extractFile(job)));
    } finally {
      await extractor.close();
    }
  }, 180_000);
});
