// The real newsgraph binary on temporary folders: help, extract's JSON contract, ingest with its
// summary and exit codes, query, and serve until SIGTERM. Needs the build (npm test runs it first).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'newsgraph.js');
const SEEDS = join(ROOT, 'seeds');

function run(args: string[], env: Record<string, string> = {}, input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, NEO4J_URI: '', ...env }, input, encoding: 'utf8', cwd: ROOT });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `newsgraph-cli-${name}-`));

describe('newsgraph --help', () => {
  it.each([[[]], [['ingest']], [['serve']], [['extract']], [['query']], [['query', 'meetings']], [['export']], [['eval']]])('%j --help', (args) => {
    const { code, stdout } = run([...args, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: newsgraph/);
  });

  it('exits 2 on an unknown command', () => {
    expect(run(['frobnicate']).code).toBe(2);
  });
});

describe('newsgraph extract', () => {
  it('prints the design.md JSON document for a page, one entry per article', () => {
    const { code, stdout, stderr } = run(['extract', 'seeds/003_0c3d2c04bd8aa6d3.txt', '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const json = JSON.parse(stdout) as { articles: Array<Record<string, unknown> & { entities: Array<Record<string, unknown>>; relations: Array<Record<string, unknown>> }> };
    expect(json.articles).toHaveLength(4);
    for (const a of json.articles) {
      expect(Object.keys(a).sort()).toEqual(['byline', 'date', 'entities', 'id', 'relations', 'title']);
      for (const e of a.entities) expect(Object.keys(e).sort()).toEqual(['id', 'name', 'type']);
      const ids = new Set([a.id, ...a.entities.map((e) => e.id)]);
      for (const r of a.relations) {
        expect(Object.keys(r).sort()).toEqual(['evidence', 'properties', 'source', 'target', 'type']);
        expect(ids.has(r.source as string) && ids.has(r.target as string)).toBe(true);
      }
    }
  });

  it('reads stdin when FILE is -', () => {
    const page = readFileSync(join(SEEDS, '004_c75b4f9da4696006.txt'), 'utf8');
    const { code, stdout } = run(['extract', '-', '--json'], {}, page);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { articles: unknown[] }).articles).toHaveLength(3);
  });

  it('fails with a message naming the file when it does not exist', () => {
    const { code, stderr } = run(['extract', 'no/such/page.txt', '--json']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no\/such\/page\.txt/);
  });
});

describe('newsgraph ingest and query', () => {
  it('ingests the seeds, skips them the second time, and answers queries from another process', () => {
    const env = { NEWSGRAPH_DATA_DIR: tempDir('ingest') };
    const first = run(['ingest', SEEDS], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/20 new, 0 changed, 0 unchanged, 0 failed/);
    expect(run(['ingest', SEEDS], env).stdout).toMatch(/0 new, 0 changed, 20 unchanged, 0 failed/);
    const query = run(['query', 'person-meetings', '邓群策', '--role', 'presided'], env);
    expect(query.code).toBe(0);
    expect((JSON.parse(query.stdout) as { items: Array<{ name: string }> }).items).toHaveLength(4);
  });

  it('reports a bad file by name, ingests the good ones and exits 1', () => {
    const dir = tempDir('mixed');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0xc9, 0xe7, 0xbb, 0xe1, 0xff, 0xfe]));
    writeFileSync(join(dir, 'good.txt'), readFileSync(join(SEEDS, '004_c75b4f9da4696006.txt')));
    const env = { NEWSGRAPH_DATA_DIR: tempDir('mixed-data') };
    const { code, stdout } = run(['ingest', dir, join(dir, 'missing.txt')], env);
    expect(code).toBe(1);
    expect(stdout).toMatch(/3 new/);
    expect(stdout).toMatch(/empty\.txt.*empty/);
    expect(stdout).toMatch(/latin1\.txt.*UTF-8/);
    expect(stdout).toMatch(/missing\.txt.*no such file/);
  });

  it('answers the graph queries and exports the whole graph', () => {
    const env = { NEWSGRAPH_DATA_DIR: tempDir('graph') };
    expect(run(['ingest', SEEDS], env).code).toBe(0);
    const json = (args: string[]) => {
      const result = run(args, env);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      return JSON.parse(result.stdout) as Record<string, unknown>;
    };
    const timeline = json(['query', 'timeline', '邓群策']);
    expect((timeline.entries as Array<{ kind: string; role?: string }>).filter((e) => e.role === 'presided')).toHaveLength(4);
    const co = json(['query', 'co-attendees', '邓群策', '--limit', '3']);
    expect((co.items as unknown[]).length).toBe(3);
    const deng = (timeline.person as { id: string }).id;
    const zhu = ((json(['query', 'search', '朱健', '--type', 'Person']).items as Array<{ id: string }>)[0] as { id: string }).id;
    expect(json(['query', 'path', deng, zhu]).nodes).toHaveLength(3);
    expect((json(['query', 'neighbourhood', deng, '--depth', '2']).nodes as unknown[]).length).toBeGreaterThan(5);
    expect((json(['query', 'centrality', '--measure', 'degree']).items as Array<{ name: string }>).length).toBeGreaterThan(10);
    expect((json(['query', 'communities']).items as unknown[]).length).toBeGreaterThan(1);
    const exported = json(['export']) as { nodes: Array<{ label: string }>; relationships: Array<{ type: string }> };
    const stats = json(['query', 'stats']) as { nodes: Record<string, number>; relationships: Record<string, number> };
    const countBy = (xs: string[]) => xs.reduce<Record<string, number>>((acc, x) => ({ ...acc, [x]: (acc[x] ?? 0) + 1 }), {});
    expect(countBy(exported.nodes.map((n) => n.label))).toEqual(stats.nodes);
    expect(countBy(exported.relationships.map((r) => r.type))).toEqual(stats.relationships);
    expect(run(['query', 'centrality', '--measure', 'fame'], env).code).toBe(2);
  });

  it('exits 2 with a message on a bad flag value', () => {
    const { code, stderr } = run(['query', 'person-meetings', '邓群策', '--role', 'chaired'], { NEWSGRAPH_DATA_DIR: tempDir('flag') });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--role/);
  });

  it('refuses a --date that is no calendar day, naming the flag', () => {
    const { code, stderr } = run(['extract', join(SEEDS, '000_edfb76c44c08cff3.txt'), '--date', '2021-02-30'], { NEWSGRAPH_DATA_DIR: tempDir('date') });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--date .*2021-02-30/);
  });
});

describe('newsgraph serve', () => {
  it('ingests, serves the API, holds the data directory, and stops cleanly on SIGTERM', async () => {
    const env = { ...process.env, NEO4J_URI: '', NEWSGRAPH_DATA_DIR: tempDir('serve'), PORT: '0' };
    const child = spawn(process.execPath, [BIN, 'serve', '--ingest', SEEDS], { env, cwd: ROOT });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /serving the embedded store at (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1] as string);
      });
      child.once('exit', () => reject(new Error(`serve exited early: ${out}`)));
    });
    const health = (await (await fetch(`${url}/api/health`)).json()) as { articles: number };
    expect(health.articles).toBe(20);
    const second = run(['ingest', SEEDS], { NEWSGRAPH_DATA_DIR: env.NEWSGRAPH_DATA_DIR });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/in use by process/);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(run(['ingest', SEEDS], { NEWSGRAPH_DATA_DIR: env.NEWSGRAPH_DATA_DIR }).stdout).toMatch(/20 unchanged/);
  });
});

/** Starts a long-running newsgraph command and collects what it prints. */
function startLong(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NEO4J_URI: '', ...env }, cwd: ROOT });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const waitFor = async (re: RegExp, ms = 30_000): Promise<RegExpExecArray> => {
    const until = Date.now() + ms;
    for (;;) {
      const m = re.exec(out);
      if (m) return m;
      if (Date.now() > until || child.exitCode !== null) throw new Error(`no ${re} in:\n${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const stop = async () => {
    const exited = new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));
    child.kill('SIGTERM');
    return exited;
  };
  return { waitFor, stop, output: () => out };
}

describe('scheduled and watched ingest', () => {
  it('ingest --watch takes in a page added to the folder and prunes one removed', async () => {
    const dir = join(tempDir('watch'), 'pages');
    mkdirSync(dir);
    writeFileSync(join(dir, 'one.txt'), readFileSync(join(SEEDS, '004_c75b4f9da4696006.txt')));
    const watcher = startLong(['ingest', '--watch', dir], { NEWSGRAPH_DATA_DIR: tempDir('watch-data') });
    try {
      await watcher.waitFor(/watching/);
      writeFileSync(join(dir, 'two.txt'), readFileSync(join(SEEDS, '000_edfb76c44c08cff3.txt')));
      await watcher.waitFor(/watch run run_\S+: 3 new, 0 changed, 3 unchanged, 0 removed, 0 failed/);
      rmSync(join(dir, 'one.txt'));
      await watcher.waitFor(/watch run run_\S+: 0 new, 0 changed, 3 unchanged, 3 removed, 0 failed/);
    } finally {
      expect(await watcher.stop()).toBe(0);
    }
  }, 90_000);

  it('serve --reingest runs on its schedule, never overlapping, and lists its runs at /api/ingest/runs', async () => {
    const serve = startLong(['serve', '--ingest', SEEDS, '--reingest', '*/2 * * * * *'], { NEWSGRAPH_DATA_DIR: tempDir('cron'), PORT: '0' });
    try {
      const url = (await serve.waitFor(/serving the embedded store at (http:\/\/\S+)/))[1] as string;
      await serve.waitFor(/schedule run run_\S+: 0 new, 0 changed, 20 unchanged/, 20_000);
      const runs = (await (await fetch(`${url}/api/ingest/runs`)).json()) as { items: Array<{ trigger: string; startedAt: string; endedAt: string }> };
      expect(runs.items[0]?.trigger).toBe('schedule');
      expect(runs.items.at(-1)?.trigger).toBe('serve');
      const spans = runs.items.map((r) => [Date.parse(r.startedAt), Date.parse(r.endedAt)] as const).sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  });

  it('refuses a --reingest that is not a cron expression', () => {
    const { code, stderr } = run(['serve', '--ingest', SEEDS, '--reingest', 'every morning'], { NEWSGRAPH_DATA_DIR: tempDir('bad-cron') });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--reingest "every morning" is not a cron expression/);
  });
});
