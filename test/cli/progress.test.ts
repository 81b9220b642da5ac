// Ingest progress without a terminal (a log, cron, a pipe): a plain line every so often with the
// rate and the time left, nothing between, nothing for the last file (the summary follows).
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

describe('ingest progress without a terminal', () => {
  it.each([
    [250, 100, ['ingest: 100/250 files, 10.0 files/s, about 15 s left', 'ingest: 200/250 files, 10.0 files/s, about 5 s left']],
    [100, 100, []],
    [3000, 50, ['ingest: 200/3000 files, 20.0 files/s, about 2 min left', 'ingest: 400/3000 files, 20.0 files/s, about 2 min left']],
  ])('%i files, one each %i ms: a line every 10 s', (files, msEach, expected) => {
    const stream = new PassThrough();
    let written = '';
    stream.on('data', (d: Buffer) => (written += d.toString()));
    let clock = 0;
    const progress = createProgress(stream, 10_000, () => clock);
    progress.start(files);
    for (let file = 1; file <= files; file++) {
      clock = file * msEach;
      progress.tick(`page-${file}.txt`);
    }
    progress.stop();
    expect(written.split('\n').filter(Boolean).slice(0, 2)).toEqual(expected);
  });
});
