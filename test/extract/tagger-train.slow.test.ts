// The tagger's weight table is generated: training on the same CLUENER2020 sentences with the same
// code gives the same table, byte for byte, and the one in the repository is that table.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('tagger training', () => {
  it('gives the table in the repository (npm run train --check)', () => {
    const script = fileURLToPath(new URL('../../scripts/train-tagger.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', script, '--check'], { encoding: 'utf8' });
    expect(run.stdout.trim().split('\n').at(-1)).toBe('weights.ts is current');
    expect(run.status).toBe(0);
  });
});
