// Writes the README's sample outputs from a real run, so they cannot go stale: it ingests the seed
// pages into a fresh embedded store with the CLI, starts the API on it, and puts what each command
// printed or each route answered between the README's `<!-- sample:NAME -->` and `<!-- /sample -->`
// marks, shortened where a list is long (marked …). Run with `npx tsx scripts/readme-samples.ts`;
// with `--check` it only says whether the README holds what a run gives today (a test runs that).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../src/api/app.js';
import { listen } from '../src/api/server.js';
import { runCommand } from '../src/cli/main.js';
import { loadConfig } from '../src/config.js';
import { openStore } from '../src/graph/open-store.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const README = join(ROOT, 'README.md');

/** A JSON value with long lists cut to their first items, the rest marked …; objects keep every key. */
function shorten(value: unknown, items: number): unknown {
  if (Array.isArray(value)) return [...value.slice(0, items).map((v) => shorten(v, items)), ...(value.length > items ? ['…'] : [])];
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shorten(v, items)]));
  return value;
}

/** JSON on one line, spaced as people write it: { "id": "…", "name": "邓群策" }. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

/** JSON with what fits in a line kept on one line, the rest indented. */
function pretty(value: unknown, indent = ''): string {
  const flat = inline(value);
  if (indent.length + flat.length <= 100 || (!Array.isArray(value) && (!value || typeof value !== 'object'))) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + pretty(v, inner)).join(',\n')}\n${indent}]`;
  return `{\n${Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`).join(',\n')}\n${indent}}`;
}

const json = (value: unknown, items: number): string => pretty(shorten(value, items)).replace(/"…"/g, '…');

interface Sample {
  name: string;
  lang: string;
  text: string;
}

/** What the README shows, from a run on the seeds. */
async function samples(): Promise<Sample[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-readme-'));
  try {
    const printed: string[] = [];
    const ctx = { env: { NEWSGRAPH_DATA_DIR: dataDir }, out: (t: string) => printed.push(t), err: (t: string) => printed.push(t), untilStopped: () => Promise.resolve(), exitCode: 0 };
    // Named, so the samples' article ids and sources are the same in every checkout.
    const code = await runCommand(['ingest', join(ROOT, 'seeds'), '--source', 'seeds'], ctx);
    if (code !== 0) throw new Error(`ingest of the seeds failed:\n${printed.join('\n')}`);
    const ingest = printed.filter((l) => /^(files|store now holds):?/.test(l)).join('\n');
    const store = await openStore(loadConfig({ NEWSGRAPH_DATA_DIR: dataDir }));
    const server = await listen(createApp({ store, config: loadConfig({}) }), 0, '127.0.0.1');
    try {
      const get = async (path: string) => (await fetch(`${server.url}${path}`)).json() as Promise<Record<string, unknown>>;
      const meetings = (await get('/api/meetings?limit=200')) as { items: Array<{ id: string; name: string }> };
      const reform = meetings.items.find((m) => m.name === '市委全面深化改革委员会第五次会议');
      if (!reform) throw new Error('the seeds hold no 市委全面深化改革委员会第五次会议');
      return [
        { name: 'ingest', lang: '', text: ingest },
        { name: 'health', lang: 'json', text: json(await get('/api/health'), 0) },
        { name: 'presided', lang: 'json', text: json(await get(`/api/people/${encodeURIComponent('邓群策')}/meetings?role=presided`), 2) },
        { name: 'meeting', lang: 'json', text: json(await get(`/api/meetings/${reform.id}`), 2) },
      ];
    } finally {
      await server.close();
      await store.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The README with each marked sample replaced; throws on a sample the README does not mark. */
function written(readme: string, list: Sample[]): string {
  let text = readme;
  for (const s of list) {
    const re = new RegExp(`(<!-- sample:${s.name} -->\\n)[\\s\\S]*?(\\n<!-- /sample -->)`);
    if (!re.test(text)) throw new Error(`README.md has no <!-- sample:${s.name} --> … <!-- /sample --> block`);
    text = text.replace(re, (_m, open: string, close: string) => `${open}\`\`\`${s.lang}\n${s.text}\n\`\`\`${close}`);
  }
  return text;
}

// The time an ingest took differs on every run.
const timeless = (text: string) => text.replace(/\(\d+(?:\.\d+)? s\)/g, '(… s)');

const readme = readFileSync(README, 'utf8');
const next = written(readme, await samples());
if (process.argv.includes('--check')) {
  const same = timeless(next) === timeless(readme);
  console.log(same ? 'README samples are current' : 'README samples differ from a run today: run npx tsx scripts/readme-samples.ts');
  process.exit(same ? 0 : 1);
}
writeFileSync(README, next);
console.log('README samples written');
