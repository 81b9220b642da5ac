// Extraction across cores: a pool of worker threads, each with its own tokenizer, that extract
// page files. With one worker the pages are extracted in the calling thread, with no pool at all.
// Callers get each file's outcome back as a promise; the order they write results in is theirs.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtractOptions } from './extract-page.js';
import { extractFile, type FileJob, type FileOutcome } from './extract-file.js';

export interface Extractor {
  readonly workers: number;
  /** Files a dying worker handed back, extracted again in this thread. */
  readonly handedBack: number;
  extract(job: FileJob): Promise<FileOutcome>;
  close(): Promise<void>;
}

export const defaultWorkers = (): number => availableParallelism();

// Run from TypeScript sources (tests, tsx) the worker is a .ts file: a worker cannot take tsx as a
// flag, so a two-line bootstrap registers tsx in the worker and then imports it.
const FROM_SOURCE = import.meta.url.endsWith('.ts');

// A worker holds one page at a time, so its heap is kept small: garbage is collected early instead
// of letting every worker's heap grow while the store's own grows in the main thread.
const HEAP_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 };
type HeapLimits = typeof HEAP_LIMITS;

function startWorker(options: ExtractOptions, resourceLimits: HeapLimits): Worker {
  if (!FROM_SOURCE) return new Worker(new URL('./extract-worker.js', import.meta.url), { workerData: options, resourceLimits });
  const entry = JSON.stringify(new URL('./extract-worker.ts', import.meta.url).href);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return new Worker(`import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}); });`, { eval: true, workerData: options, resourceLimits });
}

/**
 * `threads`: extract in worker threads even with one worker, to keep the calling thread free (a
 * server's event loop); by default one worker means this thread.
 */
export function createExtractor(workers: number, options: ExtractOptions = {}, limits: HeapLimits | undefined = HEAP_LIMITS, threads = false): Extractor {
  const inThisThread = (job: FileJob) => extractFile(job, options);
  if (workers <= 1 && !threads) return { workers: 1, handedBack: 0, extract: inThisThread, close: async () => {} };
  const pending = new Map<number, { worker: Worker; job: FileJob; resolve: (outcome: FileOutcome) => void }>();
  const load = new Map<Worker, number>();
  let nextId = 0;
  let closing = false;
  let handedBack = 0;
  // A worker that keeps dying (it cannot even start) is not replaced for ever.
  let replacements = workers * 2;

  const spawn = (): Worker => {
    const worker = startWorker(options, limits ?? HEAP_LIMITS);
    load.set(worker, 0);
    worker.on('message', ({ id, outcome }: { id: number; outcome: FileOutcome }) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      pending.get(id)?.resolve(outcome);
      pending.delete(id);
    });
    // A worker dies when a page is too big for its bounded heap (or on a crash): its files are
    // extracted again in this thread, which has no such bound, and a new worker takes its place.
    const died = () => {
      if (!load.has(worker)) return;
      load.delete(worker);
      for (const [id, held] of pending) {
        if (held.worker !== worker) continue;
        pending.delete(id);
        handedBack++;
        void inThisThread(held.job).then(held.resolve);
      }
      if (!closing && replacements-- > 0) spawn();
    };
    worker.on('error', died);
    worker.on('exit', died);
    return worker;
  };
  const count = Math.max(1, workers);
  // The threads start with the first page to extract: a re-ingest that finds every page unchanged
  // starts none (each would load a tokenizer on a core the store is loading on).
  let started = false;

  return {
    workers: count,
    get handedBack() {
      return handedBack;
    },
    extract(job) {
      // Asked after close (a run that failed while pages were still being read): no thread is started.
      if (closing) return inThisThread(job);
      if (!started) {
        started = true;
        for (let i = 0; i < count; i++) spawn();
      }
      const alive = [...load.keys()];
      if (alive.length === 0) return inThisThread(job);
      const worker = alive.reduce((a, b) => ((load.get(b) ?? 0) < (load.get(a) ?? 0) ? b : a));
      load.set(worker, (load.get(worker) ?? 0) + 1);
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, { worker, job, resolve });
        worker.postMessage({ id, job });
      });
    },
    async close() {
      closing = true;
      // Closing, a worker's exit hands nothing back and spawns no other (see died).
      await Promise.all([...load.keys()].map((w) => w.terminate()));
    },
  };
}
