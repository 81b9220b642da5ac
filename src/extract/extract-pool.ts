// Extraction across cores: a pool of worker threads, each with its own tokenizer, that extract
// page files. With one worker the pages are extracted in the calling thread, with no pool at all.
// Callers get each file's outcome back as a promise; the order they write results in is theirs.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtractOptions } from './extract-page.js';
import { extractFile, type FileJob, type FileOutcome } from './extract-file.js';

export interface Extractor {
  readonly workers: number;
  extract(job: FileJob): Promise<FileOutcome>;
  close(): Promise<void>;
}

export const defaultWorkers = (): number => availableParallelism();

// Run from TypeScript sources (tests, tsx) the worker is a .ts file: a worker cannot take tsx as a
// flag, so a two-line bootstrap registers tsx in the worker and then imports it.
const FROM_SOURCE = import.meta.url.endsWith('.ts');

// A worker holds one page at a time, so its heap is kept small: garbage is collected early instead
// of letting every worker's heap grow while the store's own grows in the main thread.
const resourceLimits = { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 16 };

function startWorker(options: ExtractOptions): Worker {
  if (!FROM_SOURCE) return new Worker(new URL('./extract-worker.js', import.meta.url), { workerData: options, resourceLimits });
  const entry = JSON.stringify(new URL('./extract-worker.ts', import.meta.url).href);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return new Worker(`import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}); });`, { eval: true, workerData: options, resourceLimits });
}

const failure = (message: string): FileOutcome => ({ failure: { code: 'INTERNAL', message } });

export function createExtractor(workers: number, options: ExtractOptions = {}): Extractor {
  if (workers <= 1) return { workers: 1, extract: (job) => extractFile(job, options), close: async () => {} };
  const pending = new Map<number, { worker: Worker; resolve: (outcome: FileOutcome) => void }>();
  const load = new Map<Worker, number>();
  let nextId = 0;
  const pool = Array.from({ length: workers }, () => {
    const worker = startWorker(options);
    worker.on('message', ({ id, outcome }: { id: number; outcome: FileOutcome }) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      pending.get(id)?.resolve(outcome);
      pending.delete(id);
    });
    // A worker that dies fails the files it held and takes no more; the run reports them and goes on.
    const fail = (why: string) => {
      load.delete(worker);
      for (const [id, job] of pending) {
        if (job.worker !== worker) continue;
        job.resolve(failure(`extraction worker failed: ${why}`));
        pending.delete(id);
      }
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`exited with code ${code}`));
    load.set(worker, 0);
    return worker;
  });
  return {
    workers,
    extract(job) {
      const alive = pool.filter((w) => load.has(w));
      if (alive.length === 0) return Promise.resolve(failure('every extraction worker has stopped'));
      const worker = alive.reduce((a, b) => ((load.get(b) ?? 0) < (load.get(a) ?? 0) ? b : a));
      load.set(worker, (load.get(worker) ?? 0) + 1);
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, { worker, resolve });
        worker.postMessage({ id, job });
      });
    },
    async close() {
      pool.forEach((w) => w.removeAllListeners('exit'));
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
