// The ingest progress bar, drawn on stderr only when it is a terminal so logs and pipes stay clean.
import cliProgress from 'cli-progress';

export interface Progress {
  start(total: number): void;
  tick(label: string): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { start() {}, tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream, format: 'ingest [{bar}] {value}/{total} files | {file}', hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total) => bar.start(total, 0, { file: '' }),
    tick: (label) => bar.increment(1, { file: label.length > 40 ? `…${label.slice(-39)}` : label }),
    stop: () => bar.stop(),
  };
}
