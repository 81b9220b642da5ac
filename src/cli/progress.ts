// Ingest progress on stderr, so stdout keeps only the summary: on a terminal a bar with the rate and
// the time left; without one (a log, cron, a pipe) a plain line every so often, so a long run is not
// silent.
import cliProgress from 'cli-progress';

export interface Progress {
  start(total: number): void;
  tick(label: string): void;
  stop(): void;
}

/** Seconds as the time left reads: 45 s, 3 min, 1 h 20 min. */
function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  return `${Math.floor(seconds / 3600)} h ${Math.round((seconds % 3600) / 60)} min`;
}

/** `every`: milliseconds between two lines when stderr is not a terminal. */
export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr, every = 10_000, now = () => Date.now()): Progress {
  let started = now();
  let done = 0;
  let total = 0;
  const rate = () => done / Math.max(0.001, (now() - started) / 1000);
  if (!stream.isTTY) {
    let last = started;
    return {
      start(n) {
        total = n;
        started = last = now();
      },
      tick() {
        done++;
        if (now() - last < every || done === total) return;
        last = now();
        const r = rate();
        stream.write(`ingest: ${done}/${total} files, ${r.toFixed(1)} files/s, about ${duration((total - done) / r)} left\n`);
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { stream: stream as NodeJS.WriteStream, format: 'ingest [{bar}] {value}/{total} files | {rate} files/s | {eta_formatted} left | {file}', hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  return {
    start(n) {
      total = n;
      started = now();
      bar.start(n, 0, { file: '', rate: '0.0' });
    },
    tick(label) {
      done++;
      bar.increment(1, { file: label.length > 40 ? `…${label.slice(-39)}` : label, rate: rate().toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}
