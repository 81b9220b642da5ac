// Small measuring helpers shared by the benchmark's parts: wall time, best of alternating rounds,
// and a child process whose peak memory is its own.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - started) / 1000 };
}

/**
 * Runs each contender `rounds` times, interleaved, and keeps each one's fastest round: on a shared
 * machine the fastest round is the one least disturbed by other processes, for both sides alike.
 */
export async function bestOfInterleaved(rounds: number, contenders: Record<string, () => unknown>): Promise<Record<string, number>> {
  const best: Record<string, number> = {};
  for (let r = 0; r < rounds; r++) {
    for (const [name, run] of Object.entries(contenders)) {
      const { seconds } = await timed(async () => run());
      best[name] = Math.min(best[name] ?? Infinity, seconds);
    }
  }
  return best;
}

export const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

/** Runs a bench script in a child process (TypeScript through tsx) and parses the JSON it prints last. */
export function runChild<T>(script: string, args: string[], env: Record<string, string> = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(`../${script}`, import.meta.url)), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`${script} ${args.join(' ')} exited with ${code}: ${out.slice(-500)}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${script} printed no result: ${out.slice(-500)}`));
      }
    });
  });
}
