// The README's sample outputs are what a run on the seeds gives today: the script that writes them
// says whether they differ (an ingest's duration aside).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('README samples', () => {
  it('are what ingesting the seeds and asking the API gives today', () => {
    const script = fileURLToPath(new URL('../../scripts/readme-samples.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', script, '--check'], { encoding: 'utf8' });
    expect(run.stdout.trim(), run.stderr).toBe('README samples are current');
    expect(run.status).toBe(0);
  }, 120_000);
});
