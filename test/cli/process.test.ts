// The real newsgraph binary, for what only a process shows: its exit status, stdin, stdout holding
// nothing but the JSON document, and serve stopping cleanly on SIGTERM while it holds the data
// directory against other processes. The commands' logic is tested in-process (commands.test.ts).
// Needs the build (npm test runs it first).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEEDS } from '../graph/store-conformance.js';
import { cli } from '../helpers/cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'newsgraph.js');
const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `newsgraph-bin-${name}-`));

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the binary to its end, feeding it `input` on stdin. */
function run(args: string[], env: Record<string, string> = {}, input = '', user: { uid: number; gid: number } | object = {}): Promise<Exit> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NEO4J_URI: '', ...env }, cwd: ROOT, ...user });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(input);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe('the newsgraph process', () => {
  it('exits 0 after --help, 2 on a usage error and 1 on a failed command, with the message on stderr', async () => {
    const [help, usage, failed] = await Promise.all([run(['--help']), run(['frobnicate']), run(['extract', 'no/such/page.txt'])]);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: newsgraph/);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/frobnicate/);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toMatch(/no\/such\/page\.txt/);
  });

  it('reads stdin when FILE is -, and prints one JSON document on stdout and nothing on stderr', async () => {
    const page = readFileSync(join(SEEDS, '004_c75b4f9da4696006.txt'), 'utf8');
    const { code, stdout, stderr } = await run(['extract', '-', '--json'], {}, page);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect((JSON.parse(stdout) as { articles: unknown[] }).articles).toHaveLength(3);
  });

  it('serves until SIGTERM, holding the data directory against other processes, and exits 0 leaving the store whole', async () => {
    const dataDir = tempDir('serve');
    expect((await cli(['ingest', SEEDS], { NEWSGRAPH_DATA_DIR: dataDir })).code).toBe(0);
    const child = spawn(process.execPath, [BIN, 'serve'], { env: { ...process.env, NEO4J_URI: '', NEWSGRAPH_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' }, cwd: ROOT });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /serving the embedded store at (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1] as string);
      });
      void exited.then(() => reject(new Error(`serve exited early: ${out}`)));
    });
    try {
      expect(((await (await fetch(`${url}/api/health`)).json()) as { articles: number }).articles).toBe(20);
      const second = await cli(['ingest', SEEDS], { NEWSGRAPH_DATA_DIR: dataDir });
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/in use by process/);
      // A command that only reads reads the store as it stands, and says so.
      const read = await cli(['query', 'stats'], { NEWSGRAPH_DATA_DIR: dataDir });
      expect(read.code).toBe(0);
      expect((JSON.parse(read.stdout) as { articles: number }).articles).toBe(20);
      expect(read.stderr).toMatch(/process \d+ owns the embedded store .*reading it as it stands/);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(out).toMatch(/shutting down/);
    const stats = await cli(['query', 'stats'], { NEWSGRAPH_DATA_DIR: dataDir });
    expect((JSON.parse(stats.stdout) as { articles: number }).articles).toBe(20);
  });

  it('removes articles by id with their facts and the entities only they mentioned, exit 1 naming an id the store does not hold, removing nothing then (issue 17)', async () => {
    // The binary runs remove; what the store holds before and after is read in-process.
    const dataDir = tempDir('remove');
    const env = { NEWSGRAPH_DATA_DIR: dataDir };
    expect((await cli(['ingest', join(SEEDS, '004_c75b4f9da4696006.txt')], env)).code).toBe(0);
    const articles = JSON.parse((await cli(['query', 'articles'], env)).stdout) as { items: Array<{ id: string; title: string }> };
    expect(articles.items).toHaveLength(3);
    const [one, two] = articles.items.map((a) => a.id) as [string, string];
    const held = async () => {
      const exported = JSON.parse((await cli(['export'], env)).stdout) as { nodes: Array<{ id: string; label: string }>; relationships: Array<{ properties: { articleId?: string } }> };
      return { nodes: exported.nodes.filter((n) => n.label !== 'Article').map((n) => n.id), facts: exported.relationships.map((r) => r.properties.articleId) };
    };
    const before = await held();

    const refused = await run(['remove', one, 'art_0000000000000000'], env);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toMatch(/no article art_0000000000000000/);
    expect(await held()).toEqual(before);

    const removed = await run(['remove', one, two], env);
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout.trimEnd()).toMatch(new RegExp(`^removed ${one} with its facts\nremoved ${two} with its facts\nstore now holds \\d+ entities and \\d+ relationships$`));
    const after = await held();
    expect(after.facts.filter((id) => id === one || id === two)).toEqual([]);
    expect(after.facts.length).toBeGreaterThan(0);
    expect(after.nodes.length).toBeLessThan(before.nodes.length);
    const left = JSON.parse((await cli(['query', 'articles'], env)).stdout) as { items: Array<{ id: string }> };
    expect(left.items.map((a) => a.id)).toEqual(articles.items.slice(2).map((a) => a.id));
    // Every entity still held is one the article left mentions.
    const mentioned = JSON.parse((await cli(['query', 'article', left.items[0]!.id], env)).stdout) as { entities: Array<{ id: string }> };
    expect(new Set(after.nodes)).toEqual(new Set(mentioned.entities.map((e) => e.id)));
  });

  it('ingests the readable subfolders beside one it cannot read, names that one, and --prune keeps its articles', async (ctx) => {
    // Permissions bind every user but root: as root, the run is made as nobody, which needs a
    // checkout nobody may read (not one inside a private temporary folder).
    const asRoot = process.getuid?.() === 0;
    const user = asRoot ? { uid: 65534, gid: 65534 } : {};
    if (asRoot && spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(BIN)})`], user).status !== 0) {
      return ctx.skip('run as root in a checkout that the user nobody cannot read');
    }
    const root = tempDir('unreadable');
    chmodSync(root, 0o777);
    const pages = join(root, 'pages');
    for (const [sub, seed] of [['a', '000_edfb76c44c08cff3.txt'], ['b', '004_c75b4f9da4696006.txt']] as const) {
      mkdirSync(join(pages, sub), { recursive: true });
      copyFileSync(join(SEEDS, seed), join(pages, sub, seed));
    }
    const env = { NEWSGRAPH_DATA_DIR: join(root, 'data') };
    const first = await run(['ingest', pages], env, '', user);
    expect(first.code, first.stderr).toBe(0);
    const stats = async () => (JSON.parse((await cli(['query', 'stats'], env)).stdout) as { articles: number }).articles;
    const all = await stats();
    chmodSync(join(pages, 'b'), 0o000);
    try {
      const second = await run(['ingest', '--prune', pages], env, '', user);
      expect(second.code).toBe(1);
      expect(`${second.stdout}\n${second.stderr}`).toMatch(/pages\/b: the folder cannot be read/);
      // The readable sibling was read (and found unchanged) all the same.
      expect(second.stdout).toMatch(/files: 1 .*3 unchanged/);
    } finally {
      chmodSync(join(pages, 'b'), 0o755);
    }
    expect(await stats()).toBe(all);
  });
});
