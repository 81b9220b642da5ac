// The newsgraph commands run in this process on temporary folders: help, extract's JSON contract,
// ingest with its summary and exit code, query and export, usage errors, ingest --watch and
// serve --reingest. What only a process shows (stdin, signals, the exit status) is in process.test.ts.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as csvParse } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as readGexf } from 'graphology-gexf';
import { parse as readGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEEDS } from '../graph/store-conformance.js';
import { cli, startCli } from '../helpers/cli.js';

const parseCsv = (text: string): string[][] => csvParse(text, { relaxColumnCount: false }) as string[][];
const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `newsgraph-cli-${name}-`));
const PAGE_000 = join(SEEDS, '000_edfb76c44c08cff3.txt');
const PAGE_004 = join(SEEDS, '004_c75b4f9da4696006.txt');

describe('newsgraph --help', () => {
  it.each([[[]], [['ingest']], [['serve']], [['extract']], [['query']], [['query', 'meetings']], [['export']], [['eval']], [['repair']]])('%j --help', async (args) => {
    const { code, stdout } = await cli([...args, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: newsgraph/);
  });

  it('exits 2 on an unknown command, naming it', async () => {
    const { code, stderr } = await cli(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/frobnicate/);
  });
});

describe('newsgraph extract', () => {
  it('prints the design.md JSON document for a page, one entry per article', async () => {
    const { code, stdout, stderr } = await cli(['extract', join(SEEDS, '003_0c3d2c04bd8aa6d3.txt'), '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const json = JSON.parse(stdout) as { articles: Array<Record<string, unknown> & { entities: Array<Record<string, unknown>>; relations: Array<Record<string, unknown>> }> };
    expect(json.articles).toHaveLength(4);
    expect(json.articles.flatMap((a) => a.entities).find((e) => e.name === '全市创文创卫工作调度会')).toMatchObject({ date: '2020-07-01', heldBy: '衡阳市', heldIn: '衡阳市' });
    for (const a of json.articles) {
      expect(Object.keys(a).sort()).toEqual(['byline', 'date', 'entities', 'id', 'relations', 'title']);
      // A meeting adds its date and who holds it (where: heldIn), what makes two of one name two.
      for (const e of a.entities) expect(Object.keys(e).sort()).toEqual(e.type === 'Meeting' ? ['date', 'heldBy', 'heldIn', 'id', 'name', 'type'] : ['id', 'name', 'type']);
      const ids = new Set([a.id, ...a.entities.map((e) => e.id)]);
      for (const r of a.relations) {
        expect(Object.keys(r).sort()).toEqual(['evidence', 'properties', 'source', 'target', 'type']);
        expect(ids.has(r.source as string) && ids.has(r.target as string)).toBe(true);
      }
    }
  });

  it('prints each article with its entities and relations without --json', async () => {
    const { code, stdout } = await cli(['extract', PAGE_004]);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter((l) => l.startsWith('# '))).toHaveLength(3);
    expect(stdout).toMatch(/邓群策 -PRESIDED-> 市委全面深化改革委员会第五次会议/);
  });

  it('fails with exit code 1 and a message naming the file when it does not exist', async () => {
    const { code, stderr } = await cli(['extract', 'no/such/page.txt', '--json']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no\/such\/page\.txt/);
    expect(stderr).toMatch(/no such file/);
    expect(stderr).not.toMatch(/ENOENT:|\bat .*\.js:\d+/);
  });

  it('says plainly that a folder is not a page, and that ingest reads folders', async () => {
    const folder = tempDir('extract-folder');
    const { code, stderr } = await cli(['extract', folder, '--json']);
    expect(code).toBe(1);
    expect(stderr).toContain(folder);
    expect(stderr).toMatch(/a folder, not a page/);
    expect(stderr).toMatch(/ingest reads folders/);
    expect(stderr).not.toMatch(/EISDIR:|\bat .*\.js:\d+/);
  });

  it('refuses a --date that is no calendar day with exit code 2, naming the flag', async () => {
    const { code, stderr } = await cli(['extract', PAGE_000, '--date', '2021-02-30']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--date .*2021-02-30/);
  });
});

describe('newsgraph ingest, query and export', () => {
  const env = { NEWSGRAPH_DATA_DIR: tempDir('ingest') };
  let first: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    first = await cli(['ingest', SEEDS], env);
  });

  const json = async (args: string[]) => {
    const result = await cli(args, env);
    expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
    return JSON.parse(result.stdout) as Record<string, unknown>;
  };

  it('ingests the seeds with a summary, and skips them the second time', async () => {
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/20 new, 0 changed, 0 unchanged, 0 failed/);
    expect((await cli(['ingest', SEEDS], env)).stdout).toMatch(/0 new, 0 changed, 20 unchanged, 0 failed/);
  });

  it('answers the meetings a person presided over, by name', async () => {
    const answer = (await json(['query', 'person-meetings', '邓群策', '--role', 'presided'])) as { items: Array<{ name: string }> };
    expect(answer.items).toHaveLength(4);
  });

  it('answers the graph queries', async () => {
    const timeline = await json(['query', 'timeline', '邓群策']);
    expect((timeline.entries as { items: Array<{ kind: string; role?: string }> }).items.filter((e) => e.role === 'presided')).toHaveLength(4);
    expect(((await json(['query', 'co-attendees', '邓群策', '--limit', '3'])).items as unknown[]).length).toBe(3);
    const deng = (timeline.person as { id: string }).id;
    const zhu = ((await json(['query', 'search', '朱健', '--type', 'Person'])).items as Array<{ id: string }>)[0]!.id;
    expect((await json(['query', 'path', deng, zhu])).nodes).toHaveLength(3);
    expect(((await json(['query', 'neighbourhood', deng, '--depth', '2'])).nodes as unknown[]).length).toBeGreaterThan(5);
    expect(((await json(['query', 'centrality', '--measure', 'degree'])).items as unknown[]).length).toBeGreaterThan(10);
    expect(((await json(['query', 'communities'])).items as unknown[]).length).toBeGreaterThan(1);
  });

  it('exports every node and relationship the store counts', async () => {
    const exported = (await json(['export'])) as { nodes: Array<{ label: string }>; relationships: Array<{ type: string }> };
    const stats = (await json(['query', 'stats'])) as { nodes: Record<string, number>; relationships: Record<string, number> };
    const countBy = (xs: string[]) => xs.reduce<Record<string, number>>((acc, x) => ({ ...acc, [x]: (acc[x] ?? 0) + 1 }), {});
    expect(countBy(exported.nodes.map((n) => n.label))).toEqual(stats.nodes);
    expect(countBy(exported.relationships.map((r) => r.type))).toEqual(stats.relationships);
  });

  it('exports for graph tools and spreadsheets: jsonl, gexf and graphml that read back whole, and the attendance and co-attendance tables', async () => {
    const graph = (await json(['export'])) as { nodes: Array<{ id: string; label: string; properties: { name?: string } }>; relationships: Array<{ type: string; source: string; target: string }> };
    const text = async (args: string[]) => {
      const result = await cli(args, env);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      return result.stdout;
    };
    const lines = (await text(['export', '--format', 'jsonl'])).split('\n').map((l) => JSON.parse(l) as { kind: string });
    expect(lines.filter((l) => l.kind === 'node')).toHaveLength(graph.nodes.length);
    expect(lines.filter((l) => l.kind === 'relationship')).toHaveLength(graph.relationships.length);
    for (const [format, read] of [['gexf', readGexf], ['graphml', readGraphml]] as const) {
      const back = read(MultiDirectedGraph, await text(['export', '--format', format]));
      expect(back.order, format).toBe(graph.nodes.length);
      expect(back.size, format).toBe(graph.relationships.length);
    }

    // Attendance: one row per person, meeting and role, the attendees of a meeting in listed order.
    const rows = parseCsv(await text(['export', '--format', 'csv']));
    expect(rows[0]).toEqual(['meeting_id', 'meeting', 'date', 'person_id', 'person', 'role', 'order', 'article_id', 'evidence']);
    const roles = graph.relationships.filter((r) => ['PRESIDED', 'ATTENDED', 'SPOKE_AT'].includes(r.type));
    expect(rows.length - 1).toBe(roles.length);
    const reform = (await json(['query', 'meetings', '--limit', '200'])) as { items: Array<{ id: string; name: string }> };
    const meetingId = reform.items.find((m) => m.name === '市委全面深化改革委员会第五次会议')!.id;
    const meeting = (await json(['query', 'meeting', meetingId])) as { attendees: Array<{ person: { name: string } }> };
    expect(rows.filter((r) => r[0] === meetingId && r[5] === 'attended').map((r) => r[4])).toEqual(meeting.attendees.map((a) => a.person.name));

    // Co-attendance: a symmetric matrix of shared meetings, as co-attendees counts them.
    const matrix = parseCsv(await text(['export', '--format', 'csv', '--table', 'co-attendance']));
    const ids = matrix.slice(1).map((r) => r[0] as string);
    expect(matrix[0]!.slice(2)).toEqual(matrix.slice(1).map((r) => r[1]));
    for (const [i, row] of matrix.slice(1).entries()) {
      expect(row[2 + i]).toBe('');
      for (const [j, cell] of row.slice(2).entries()) if (i !== j) expect(cell).toBe(matrix[1 + j]![2 + i]);
    }
    const deng = ids.indexOf(graph.nodes.find((n) => n.properties.name === '邓群策')!.id);
    const co = (await json(['query', 'co-attendees', '邓群策', '--limit', '200'])) as { items: Array<{ person: { id: string }; count: number }> };
    for (const c of co.items) expect(Number(matrix[1 + deng]![2 + ids.indexOf(c.person.id)])).toBe(c.count);

    const out = join(tempDir('export'), 'attendance.csv');
    const saved = await cli(['export', '--format', 'csv', '--out', out], env);
    expect(saved.stderr).toMatch(new RegExp(`exported the attendance table \\(${roles.length} rows\\) to `));
    expect(parseCsv(readFileSync(out, 'utf8'))).toEqual(rows);
  });

  it.each([
    [['query', 'person-meetings', '邓群策', '--role', 'chaired'], /--role/],
    [['query', 'centrality', '--measure', 'fame'], /--measure/],
    [['export', '--format', 'xls'], /--format/],
    [['export', '--format', 'csv', '--table', 'people'], /--table/],
    [['query', 'neighbourhood', 'per_0000000000000000', '--depth', '3'], /--depth/],
  ])('exits 2 with a message on a bad flag value: %j', async (args, message) => {
    const { code, stderr } = await cli(args, env);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('exits 1 naming what it did not find', async () => {
    const { code, stderr } = await cli(['query', 'person', '没有这个人'], env);
    expect(code).toBe(1);
    expect(stderr).toMatch(/没有这个人/);
  });
});

describe('newsgraph ingest of a folder with bad files', () => {
  it('reports each bad file by name, ingests the good ones and exits 1', async () => {
    const dir = tempDir('mixed');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0xc9, 0xe7, 0xbb, 0xe1, 0xff, 0xfe]));
    writeFileSync(join(dir, 'good.txt'), readFileSync(PAGE_004));
    const { code, stdout } = await cli(['ingest', dir, join(dir, 'missing.txt')], { NEWSGRAPH_DATA_DIR: tempDir('mixed-data') });
    expect(code).toBe(1);
    expect(stdout).toMatch(/3 new/);
    expect(stdout).toMatch(/empty\.txt.*empty/);
    expect(stdout).toMatch(/latin1\.txt.*UTF-8/);
    expect(stdout).toMatch(/missing\.txt.*no such file/);
  });

  it('says which files it skipped as not pages, by kind', async () => {
    const dir = tempDir('kinds');
    writeFileSync(join(dir, 'good.txt'), readFileSync(PAGE_004));
    mkdirSync(join(dir, 'notes'));
    for (const name of ['a.md', 'notes/b.md', 'scan.PDF', 'README']) writeFileSync(join(dir, name), 'x');
    const { code, stdout } = await cli(['ingest', dir], { NEWSGRAPH_DATA_DIR: tempDir('kinds-data') });
    expect(code).toBe(0);
    expect(stdout).toMatch(/skipped, not pages: 1 without extension, 2 \.md, 1 \.pdf \(pages are \.txt/);
  });
});

describe('newsgraph repair', () => {
  it('a store with a damaged snapshot line refuses to open naming the repair; repair keeps the rest and says what it dropped', async () => {
    const dataDir = tempDir('repair');
    const env = { NEWSGRAPH_DATA_DIR: dataDir };
    // Two ingests leave two batches of journal entries: the first page's articles, then the second's.
    expect((await cli(['ingest', PAGE_000], env)).code).toBe(0);
    expect((await cli(['ingest', PAGE_004], env)).code).toBe(0);
    const before = JSON.parse((await cli(['query', 'stats'], env)).stdout) as { articles: number };
    const journal = join(dataDir, 'journal.log');
    const snapshot = readFileSync(join(dataDir, 'snapshot.jsonl'), 'utf8');
    const lines = snapshot.trimEnd().split('\n');
    // Damage one article in the middle of the snapshot: it no longer parses.
    lines[2] = lines[2]!.slice(0, 20);
    writeFileSync(join(dataDir, 'snapshot.jsonl'), `${lines.join('\n')}\n`);
    writeFileSync(journal, '');
    const refused = await cli(['query', 'stats'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/article 2 is damaged.*newsgraph repair/);
    const repaired = await cli(['repair'], env);
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toMatch(/article 2 of the snapshot is damaged and was dropped/);
    // What later articles took from the damaged line is lost with it; they are named by their page, to ingest again.
    const dependents = repaired.stdout.match(/\(from .*\) refers to what a damaged article held/g) ?? [];
    const kept = before.articles - 1 - dependents.length;
    expect(repaired.stdout).toMatch(new RegExp(`repaired .*: ${kept} articles kept`));
    const after = await cli(['query', 'stats'], env);
    expect(after.code).toBe(0);
    expect((JSON.parse(after.stdout) as { articles: number }).articles).toBe(kept);
    // Ingesting the pages again restores every article.
    expect((await cli(['ingest', PAGE_000, PAGE_004], env)).code).toBe(0);
    expect((JSON.parse((await cli(['query', 'stats'], env)).stdout) as { articles: number }).articles).toBe(before.articles);
    expect((await cli(['repair'], env)).stdout).toMatch(/is sound: \d+ articles, nothing to repair/);
  });
});

describe('watched and scheduled ingest', () => {
  it('ingest --watch takes in a page added to the folder and prunes one removed, until stopped', async () => {
    const dir = join(tempDir('watch'), 'pages');
    mkdirSync(dir);
    writeFileSync(join(dir, 'one.txt'), readFileSync(PAGE_004));
    const watcher = startCli(['ingest', '--watch', dir], { NEWSGRAPH_DATA_DIR: tempDir('watch-data') });
    try {
      await watcher.waitFor(/watching/);
      writeFileSync(join(dir, 'two.txt'), readFileSync(PAGE_000));
      await watcher.waitFor(/watch run run_\S+: 3 new, 0 changed, 3 unchanged, 0 removed, 0 failed/);
      rmSync(join(dir, 'one.txt'));
      await watcher.waitFor(/watch run run_\S+: 0 new, 0 changed, 3 unchanged, 3 removed, 0 failed/);
    } finally {
      expect(await watcher.stop()).toBe(0);
    }
  });

  it('serve --reingest runs on its schedule, never overlapping, and lists its runs at /api/ingest/runs', async () => {
    const serve = startCli(['serve', '--ingest', SEEDS, '--reingest', '* * * * * *'], { NEWSGRAPH_DATA_DIR: tempDir('cron'), PORT: '0', HOST: '127.0.0.1' });
    try {
      const url = (await serve.waitFor(/serving the embedded store at (http:\/\/\S+)/))[1] as string;
      await serve.waitFor(/schedule run run_\S+: 0 new, 0 changed, 20 unchanged/);
      const runs = (await (await fetch(`${url}/api/ingest/runs`)).json()) as { items: Array<{ trigger: string; startedAt: string; endedAt: string }> };
      expect(runs.items[0]?.trigger).toBe('schedule');
      expect(runs.items.at(-1)?.trigger).toBe('serve');
      const spans = runs.items.map((r) => [Date.parse(r.startedAt), Date.parse(r.endedAt)] as const).sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  });

  it('says plainly that the port is taken, with no stack trace, and exits 2', async () => {
    const { createServer } = await import('node:net');
    const taken = createServer();
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
    const port = (taken.address() as { port: number }).port;
    try {
      const { code, stderr } = await cli(['serve', '--port', String(port), '--host', '127.0.0.1'], { NEWSGRAPH_DATA_DIR: tempDir('busy-port') });
      expect(code).toBe(2);
      expect(stderr).toMatch(new RegExp(`port ${port} on 127\\.0\\.0\\.1 is in use by another process: stop it, or serve on another port with --port or PORT`));
      expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
    } finally {
      await new Promise((done) => taken.close(done));
    }
  });

  it('listens on this machine only unless told otherwise, and on the address --host gives', async () => {
    // The machine's own address on its network, where there is one: reached from elsewhere.
    const outside = Object.values(networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
    const reachable = (host: string, port: string) =>
      new Promise<boolean>((resolve) => {
        // An idle limit: where packets to a closed address are dropped rather than refused, not reached.
        const socket = connect({ host, port: Number(port), timeout: 5000 }, () => (socket.end(), resolve(true)));
        socket.on('error', () => resolve(false));
        socket.on('timeout', () => (socket.destroy(), resolve(false)));
      });
    const loopback = startCli(['serve'], { NEWSGRAPH_DATA_DIR: tempDir('loopback'), PORT: '0', HOST: '' });
    try {
      const url = new URL((await loopback.waitFor(/serving the embedded store at (http:\/\/\S+)/))[1] as string);
      expect(url.hostname).toBe('127.0.0.1');
      expect(await reachable('127.0.0.1', url.port)).toBe(true);
      if (outside) expect(await reachable(outside, url.port)).toBe(false);
    } finally {
      expect(await loopback.stop()).toBe(0);
    }
    const everywhere = startCli(['serve', '--host', '0.0.0.0'], { NEWSGRAPH_DATA_DIR: tempDir('everywhere'), PORT: '0', HOST: '' });
    try {
      const url = new URL((await everywhere.waitFor(/serving the embedded store at (http:\/\/\S+)/))[1] as string);
      // Bound to every address, it prints one a browser here can open.
      expect(url.hostname).toBe('localhost');
      expect(await reachable('127.0.0.1', url.port)).toBe(true);
      if (outside) expect(await reachable(outside, url.port)).toBe(true);
    } finally {
      expect(await everywhere.stop()).toBe(0);
    }
  });

  it('says which store a query asked, and that it is empty when it is', async () => {
    const data = tempDir('empty-store');
    const run = await cli(['query', 'person', '邓群策'], { NEWSGRAPH_DATA_DIR: data });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`no person "邓群策" in the embedded store in ${data}, which holds no articles yet: ingest pages first`);
  });

  it('fails a folder with no pages, and refuses --prune of it (exit 3), removing nothing', async () => {
    const data = tempDir('empty-folder');
    const pages = tempDir('empty-pages');
    writeFileSync(join(pages, 'page.txt'), readFileSync(join(SEEDS, readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))[0] as string)));
    expect((await cli(['ingest', pages], { NEWSGRAPH_DATA_DIR: data })).code).toBe(0);
    rmSync(join(pages, 'page.txt'));
    writeFileSync(join(pages, 'notes.md'), '# not a page');
    const plain = await cli(['ingest', pages], { NEWSGRAPH_DATA_DIR: data });
    expect(plain.code).toBe(1);
    expect(plain.stdout + plain.stderr).toContain(`${pages}: no pages in the folder`);
    const run = await cli(['ingest', pages, '--prune'], { NEWSGRAPH_DATA_DIR: data });
    expect(run.code).toBe(3);
    expect(run.stdout + run.stderr).toMatch(/no pages in the folder/);
    const stats = JSON.parse((await cli(['query', 'stats'], { NEWSGRAPH_DATA_DIR: data })).stdout) as { nodes: { Article: number } };
    expect(stats.nodes.Article).toBeGreaterThan(0);
  });

  it('refuses serve --ingest of a folder with no pages when it re-ingests on a schedule (exit 3), and serves it with --allow-empty', async () => {
    const env = { NEWSGRAPH_DATA_DIR: tempDir('serve-empty'), PORT: '0', HOST: '127.0.0.1' };
    const pages = tempDir('serve-empty-pages');
    const refused = await cli(['serve', '--ingest', pages, '--reingest', '0 6 * * *'], env);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/no pages in the folder/);
    const served = await cli(['serve', '--ingest', pages, '--reingest', '0 6 * * *', '--allow-empty'], env);
    expect(served.code).toBe(0);
    expect(served.stdout).toMatch(/newsgraph is serving/);
  });

  it('refuses a --reingest that is not a cron expression with exit code 2', async () => {
    const { code, stderr } = await cli(['serve', '--ingest', SEEDS, '--reingest', 'every morning'], { NEWSGRAPH_DATA_DIR: tempDir('bad-cron') });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--reingest "every morning" is not a cron expression/);
  });
});
