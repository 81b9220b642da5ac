// The pinyin table of China's divisions is generated; the script that builds it says whether the
// table in the repository is the one it builds today.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIVISION_PINYIN } from '../../src/extract/english/division-pinyin.js';

describe('division pinyin table', () => {
  it('is the one scripts/build-division-pinyin.ts builds', () => {
    const script = fileURLToPath(new URL('../../scripts/build-division-pinyin.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', script, '--check'], { encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('division-pinyin.ts is current');
    expect(run.status).toBe(0);
  });

  it('holds provinces and prefectures of every part of the country, not one province', () => {
    for (const place of ['Heilongjiang', 'Hunan', 'Hengyang', 'Shaoguan', 'Baoding', 'Kashen', 'Sanya', 'Xiangxi']) expect(DIVISION_PINYIN).toContain(place);
    expect(DIVISION_PINYIN.length).toBeGreaterThan(300);
  });
});
