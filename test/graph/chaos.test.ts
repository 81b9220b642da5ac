// Chaos on the embedded store, with real processes: kill -9 at random points of a CLI ingest and of
// a server taking POSTs, a torn journal tail left in between, a damaged line, two runs started at
// once. After each, the store opens and equals a clean ingest of what it holds, and holds at least
// everything that was acknowledged. The random points come from a seeded generator; where a kill
// lands in the run still depends on timing, which is the point.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { extractOptionsOf, loadConfig } from '../../src/config.js';
import { extractPage } from '../../src/extract/extract-page.js';
import { createMemoryStore } from '../../src/graph/memory/memory-store.js';
import type { FactSheet, Stats } from '../../src/graph/model.js';
import { pageArticles } from '../../src/ingest/page-articles.js';
import { pageText } from '../../src/ingest/read.js';
import { SEEDS } from './store-conformance.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'newsgraph.js');
const REAL_NEWS = join(ROOT, 'test', 'real-news', 'texts');
const TOKEN = 'chaos-token';

/** A small deterministic generator (mulberry32): the same kill points on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The pages of the runs: the seed pages and real articles, each as its file and its text. */
function pageFolder(): { dir: string; pages: Array<{ file: string; text: string }> } {
  const dir = join(mkdtempSync(join(tmpdir(), 'newsgraph-chaos-')), 'pages');
  mkdirSync(dir);
  const files = [...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS, f)), ...readdirSync(REAL_NEWS).slice(0, 40).map((f) => join(REAL_NEWS, f))];
  for (const f of files) copyFileSync(f, join(dir, basename(f)));
  return { dir, pages: files.map((f) => ({ file: basename(f), text: readFileSync(f, 'utf8') })) };
}

const EXTRACT = extractOptionsOf(loadConfig({}));

/** What a clean ingest gives each page, by article id. */
function cleanSheets(pages: Array<{ source: string; text: string }>): Map<string, FactSheet> {
  const sheets = new Map<string, FactSheet>();
  for (const page of pages) {
    for (const sheet of extractPage(pageArticles({ source: page.source, text: pageText(Buffer.from(page.text), page.source) }), EXTRACT)) sheets.set(sheet.article.id, sheet);
  }
  return sheets;
}

const graphOf = ({ lastIngest: _at, ...counts }: Stats) => counts;

/**
 * Opens the data directory as the next process would, and checks it equals a clean store holding
 * the same articles, each article as a clean ingest gives it; returns the article ids it holds.
 */
async function checkRecovered(dataDir: string, clean: Map<string, FactSheet>): Promise<Set<string>> {
  const store = await createMemoryStore({ dataDir });
  let held: Set<string>;
  let graph: ReturnType<typeof graphOf>;
  try {
    const metas = await store.articleSources();
    held = new Set(metas.map((m) => m.id));
    for (const m of metas) expect(m.contentHash, m.id).toBe(clean.get(m.id)?.article.contentHash);
    graph = graphOf(await store.stats());
    // A run killed mid-way is listed as interrupted, never as still running.
    expect((await store.runs(200, 0)).items.filter((r) => r.status === 'running')).toEqual([]);
  } finally {
    await store.close();
  }
  const reference = await createMemoryStore({ dataDir: mkdtempSync(join(tmpdir(), 'newsgraph-chaos-ref-')) });
  try {
    await reference.replaceArticles([...held].map((id) => clean.get(id) as FactSheet));
    expect(graph).toEqual(graphOf(await reference.stats()));
  } finally {
    await reference.close();
  }
  return held;
}

function start(args: string[], env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NEO4J_URI: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Resolves once the journal holds at least `bytes`, or the process has ended. */
async function journalReaches(dataDir: string, bytes: number, exited: Promise<unknown>): Promise<void> {
  let done = false;
  void exited.then(() => (done = true));
  const journal = join(dataDir, 'journal.log');
  await vi.waitFor(
    () => {
      if (!done && !(existsSync(journal) && statSync(journal).size >= bytes)) throw new Error(`the journal has not reached ${bytes} bytes`);
    },
    { timeout: 120_000, interval: 2 },
  );
}

/** The bytes a clean journal would take for these sheets: the scale kill points are drawn on. */
const journalBytes = (sheets: Iterable<FactSheet>) => [...sheets].reduce((n, sheet) => n + JSON.stringify({ op: 'put', sheet }).length + 14, 0);

describe('chaos on the embedded store', () => {
  it('kill -9 at random points of a CLI ingest: the store opens as a clean ingest of what it holds, and the next run completes it', async () => {
    const { dir, pages } = pageFolder();
    const clean = cleanSheets(pages.map((p) => ({ source: `${realpathSync(dir)}/${p.file}`, text: p.text })));
    const next = random(18);
    const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-chaos-data-'));
    for (let trial = 0; trial < 4; trial++) {
      const run = start(['ingest', dir], { NEWSGRAPH_DATA_DIR: dataDir });
      await journalReaches(dataDir, Math.floor(next() * journalBytes(clean.values())), run.exited);
      run.child.kill('SIGKILL');
      await run.exited;
      await checkRecovered(dataDir, clean);
    }
    const finish = start(['ingest', dir], { NEWSGRAPH_DATA_DIR: dataDir });
    expect(await finish.exited, finish.output()).toBe(0);
    expect(await checkRecovered(dataDir, clean)).toEqual(new Set(clean.keys()));
  }, 240_000);

  it('kill -9 of a server taking POSTs, with a torn journal tail between two lives: nothing acknowledged is lost', async () => {
    const { pages } = pageFolder();
    const posts = Array.from({ length: Math.ceil(pages.length / 5) }, (_, i) => pages.slice(i * 5, i * 5 + 5).map((p) => ({ source: `desk/${p.file}`, text: p.text })));
    const clean = cleanSheets(posts.flat());
    const next = random(7);
    const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-chaos-post-'));
    const acknowledged = new Set<string>();
    let sent = 0;
    for (let life = 0; life < 3 && sent < posts.length; life++) {
      if (life > 0) appendFileSync(join(dataDir, 'journal.log'), '3f0c9a1b2c4d {"op":"put","sheet":{"article":{"id":"art_');
      const server = start(['serve', '--port', '0', '--host', '127.0.0.1'], { NEWSGRAPH_DATA_DIR: dataDir, NEWSGRAPH_API_TOKEN: TOKEN, NEWSGRAPH_WRITE_RATE_LIMIT: '1000' });
      let ended = false;
      void server.exited.then(() => (ended = true));
      const url = await vi.waitFor(
        () => {
          const m = /serving the embedded store at (http:\S+)/.exec(server.output());
          if (m) return m[1] as string;
          if (ended) return null;
          throw new Error('not serving yet');
        },
        { timeout: 60_000, interval: 5 },
      );
      if (!url) throw new Error(`serve exited before serving: ${server.output()}`);
      const killAt = Math.floor(next() * journalBytes(clean.values()));
      const killed = journalReaches(dataDir, killAt, server.exited).then(() => server.child.kill('SIGKILL'));
      for (; sent < posts.length; sent++) {
        const batch = posts[sent] as Array<{ source: string; text: string }>;
        const res = await fetch(`${url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ pages: batch }) }).catch(() => null);
        if (!res) break;
        expect(res.status).toBe(200);
        await res.json();
        for (const page of batch) for (const [id, sheet] of clean) if (sheet.article.source === page.source) acknowledged.add(id);
      }
      server.child.kill('SIGKILL');
      await Promise.all([killed, server.exited]);
      const held = await checkRecovered(dataDir, clean);
      for (const id of acknowledged) expect(held.has(id), `acknowledged ${id}`).toBe(true);
    }
    expect(acknowledged.size).toBeGreaterThan(0);
  }, 240_000);

  it('a damaged line in the middle of the journal stops the open; repair leaves a clean store of the rest', async () => {
    const { dir, pages } = pageFolder();
    const clean = cleanSheets(pages.map((p) => ({ source: `${realpathSync(dir)}/${p.file}`, text: p.text })));
    const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-chaos-damage-'));
    // A run killed once its journal holds most of the pages: journalled entries, no snapshot yet.
    const run = start(['ingest', dir], { NEWSGRAPH_DATA_DIR: dataDir });
    await journalReaches(dataDir, Math.floor(journalBytes(clean.values()) * 0.6), run.exited);
    run.child.kill('SIGKILL');
    await run.exited;
    const journal = join(dataDir, 'journal.log');
    const lines = readFileSync(journal, 'utf8').split('\n');
    expect(lines.length).toBeGreaterThan(4);
    lines[1] = (lines[1] as string).replace(/"title":"./, '"title":"X');
    writeFileSync(journal, lines.join('\n'));
    await expect(createMemoryStore({ dataDir })).rejects.toMatchObject({ code: 'STORE_CORRUPT', message: expect.stringContaining('newsgraph repair') });
    const repair = start(['repair'], { NEWSGRAPH_DATA_DIR: dataDir });
    expect(await repair.exited, repair.output()).toBe(0);
    expect(repair.output()).toMatch(/dropped damaged journal line 2/);
    const held = await checkRecovered(dataDir, clean);
    expect(held.size).toBeGreaterThan(0);
    // Ingesting again restores what repair dropped.
    const again = start(['ingest', dir], { NEWSGRAPH_DATA_DIR: dataDir });
    expect(await again.exited, again.output()).toBe(0);
    expect(await checkRecovered(dataDir, clean)).toEqual(new Set(clean.keys()));
  }, 240_000);

  it('two ingests started at once never write at the same time: one is refused naming the other, or they ran one after the other', async () => {
    const { dir, pages } = pageFolder();
    const clean = cleanSheets(pages.map((p) => ({ source: `${realpathSync(dir)}/${p.file}`, text: p.text })));
    const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-chaos-race-'));
    const runs = [start(['ingest', dir], { NEWSGRAPH_DATA_DIR: dataDir }), start(['ingest', dir], { NEWSGRAPH_DATA_DIR: dataDir })];
    const codes = await Promise.all(runs.map((r) => r.exited));
    for (const [i, code] of codes.entries()) {
      if (code === 1) expect(runs[i]!.output()).toMatch(/in use by process \d+/);
      else expect(code, runs[i]!.output()).toBe(0);
    }
    expect(codes).toContain(0);
    // On a loaded machine one may start after the other has ended: their records must not overlap.
    const store = await createMemoryStore({ dataDir });
    try {
      const [later, earlier] = (await store.runs(10, 0)).items;
      if (codes.every((c) => c === 0)) expect(Date.parse(later!.startedAt)).toBeGreaterThanOrEqual(Date.parse(earlier!.endedAt as string));
    } finally {
      await store.close();
    }
    expect(await checkRecovered(dataDir, clean)).toEqual(new Set(clean.keys()));
  }, 240_000);
});
