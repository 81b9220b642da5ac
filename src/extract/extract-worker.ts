// A worker thread of the extraction pool: extracts the files it is sent, one at a time, and posts
// each outcome back with the job's number.
import { parentPort, workerData } from 'node:worker_threads';
import type { ExtractOptions } from './extract-page.js';
import { extractFile, type FileJob } from './extract-file.js';

const options = workerData as ExtractOptions;

parentPort?.on('message', async (message: { id: number; job: FileJob }) => {
  parentPort?.postMessage({ id: message.id, outcome: await extractFile(message.job, options) });
});
