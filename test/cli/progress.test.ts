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

describe('ingest progress on a terminal', () => {
  it('draws a bar with the files done, the rate and the time left', () => {
    const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 160 });
    let written = '';
    stream.on('data', (d: Buffer) => (written += d.toString()));
    let clock = 0;
    const progress = createProgress(stream, 10_000, () => clock);
    progress.start(40);
    for (let file = 1; file <= 20; file++) {
      clock = file * 100;
      progress.tick(`page-${file}.txt`);
    }
    progress.stop();
    expect(written).toMatch(/ingest \[[^\]]*\] 20\/40 files \| 10\.0 files\/s \| \S+ left \| page-20\.txt/);
  });
});
