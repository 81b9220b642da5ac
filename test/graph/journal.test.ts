// Durability of the embedded store: what a write acknowledged survives a crash, a torn or corrupted
// journal line is ignored rather than fatal, and a killed writer never leaves a half article.
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/graph/memory/memory-store.js';
import { Journal } from '../../src/graph/memory/journal.js';
import type { FactSheet } from '../../src/graph/model.js';
import { seedFactSheets } from '../helpers/fact-sheets.js';

const sheets = seedFactSheets();
const tempDir = () => mkdtempSync(join(tmpdir(), 'newsgraph-journal-'));

/** The article ids a journal's entries leave, in the order they were first put. */
function loadIds(journal: Journal): string[] {
  const ids = new Set<string>();
  journal.load((entry) => (entry.op === 'put' ? ids.add(entry.sheet.article.id) : ids.delete(entry.id)));
  return [...ids];
}

/** A data directory whose journal holds a put of each sheet, a line each, closed; and the journal's path. */
function journalWith(...held: FactSheet[]): { dir: string; path: string } {
  const dir = tempDir();
  const journal = new Journal(dir);
  loadIds(journal);
  journal.append(held.map((sheet) => ({ op: 'put' as const, sheet })));
  journal.closeFile();
  return { dir, path: join(dir, 'journal.log') };
}

describe('the journal', () => {
  it('replays puts and removes over the snapshot', () => {
    const dir = tempDir();
    const journal = new Journal(dir);
    loadIds(journal);
    journal.append(sheets.slice(0, 3).map((sheet) => ({ op: 'put' as const, sheet })));
    journal.compact(sheets.slice(0, 3));
    journal.append([{ op: 'remove', id: sheets[0]!.article.id }, { op: 'put', sheet: sheets[3]! }]);
    journal.closeFile();
    expect(loadIds(new Journal(dir))).toEqual([sheets[1], sheets[2], sheets[3]].map((s) => s!.article.id));
  });

  it('cuts a torn last line off, keeps its bytes aside, and writes the next entry on a line of its own', () => {
    const { dir } = journalWith(sheets[0]!);
    const torn = '0123456789ab {"op":"put","sheet":{"article":';
    appendFileSync(join(dir, 'journal.log'), torn);
    const reopened = new Journal(dir);
    const report = reopened.load(() => undefined);
    expect(report.tornBytes).toBe(Buffer.byteLength(torn));
    const side = report.sideFiles.find((f) => f.startsWith('journal.torn-'));
    expect(readFileSync(join(dir, side as string), 'utf8')).toBe(torn);
    reopened.append([{ op: 'put', sheet: sheets[1]! }]);
    reopened.closeFile();
    expect(loadIds(new Journal(dir))).toEqual([sheets[0]!.article.id, sheets[1]!.article.id]);
  });

  it('keeps a whole entry written straight after a torn fragment on the same line (as older versions wrote)', () => {
    const { dir, path } = journalWith(sheets[0]!, sheets[1]!);
    const [first, second] = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, `${first}\n${(second as string).slice(0, 40)}${second}\n`);
    expect(loadIds(new Journal(dir))).toEqual([sheets[0]!.article.id, sheets[1]!.article.id]);
  });

  it('treats damaged lines with nothing sound after them as a torn tail', () => {
    const { dir, path } = journalWith(sheets[0]!, sheets[1]!);
    writeFileSync(path, readFileSync(path, 'utf8').replace(sheets[1]!.article.title, 'X'.repeat(sheets[1]!.article.title.length)));
    expect(loadIds(new Journal(dir))).toEqual([sheets[0]!.article.id]);
  });

  it('refuses a damaged line with sound entries after it, naming the line and the repair command', () => {
    const { dir, path } = journalWith(sheets[0]!, sheets[1]!, sheets[2]!);
    const before = readFileSync(path, 'utf8');
    writeFileSync(path, before.replace(sheets[1]!.article.title, 'X'.repeat(sheets[1]!.article.title.length)));
    expect(() => loadIds(new Journal(dir))).toThrow(expect.objectContaining({ code: 'STORE_CORRUPT', message: expect.stringMatching(/damaged at line 2.*newsgraph repair/) }));
    // Refusing changes nothing on disk.
    expect(readFileSync(path, 'utf8')).not.toBe(before);
    expect(readFileSync(path, 'utf8').split('\n')).toHaveLength(4);
    const ids: string[] = [];
    const report = new Journal(dir).load((e) => e.op === 'put' && ids.push(e.sheet.article.id), { repair: true });
    expect(ids).toEqual([sheets[0]!.article.id, sheets[2]!.article.id]);
    expect(report.damagedLines).toEqual([2]);
    const side = report.sideFiles.find((f) => f.startsWith('journal.damaged-'));
    expect(readFileSync(join(dir, side as string), 'utf8')).toContain('X'.repeat(sheets[1]!.article.title.length));
  });

  it('refuses an unreadable snapshot with a StoreCorruptError', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'snapshot.json'), '{"format":1,"sheets":[');
    expect(() => loadIds(new Journal(dir))).toThrow(expect.objectContaining({ code: 'STORE_CORRUPT' }));
  });

  it('reads back the snapshot it wrote, evidence and all, and refuses one cut short', () => {
    const dir = tempDir();
    const journal = new Journal(dir);
    loadIds(journal);
    journal.compact(sheets.slice(0, 4), 4);
    journal.closeFile();
    const read: FactSheet[] = [];
    new Journal(dir).load((entry) => entry.op === 'put' && read.push(entry.sheet));
    expect(read).toEqual(sheets.slice(0, 4));
    const path = join(dir, 'snapshot.jsonl');
    writeFileSync(path, readFileSync(path, 'utf8').split('\n').slice(0, 3).join('\n'));
    expect(() => loadIds(new Journal(dir))).toThrow(expect.objectContaining({ code: 'STORE_CORRUPT', message: expect.stringContaining('holds 2 articles, its header says 4') }));
  });
});

describe('the embedded store opened to read only', () => {
  it('takes no lock, changes nothing on disk, refuses writes, and sees what was written before it opened', async () => {
    const dir = tempDir();
    const owner = await createMemoryStore({ dataDir: dir });
    await owner.replaceArticles(sheets.slice(0, 2));
    // What a write under way in the owner looks like from outside: a line not yet whole.
    appendFileSync(join(dir, 'journal.log'), '0123456789ab {"op":"put","sheet":');
    const before = readFileSync(join(dir, 'journal.log'));
    const reader = await createMemoryStore({ dataDir: dir, readOnly: true });
    try {
      expect((await reader.stats()).articles).toBe(2);
      await expect(reader.replaceArticle(sheets[2]!)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', message: expect.stringContaining('read only') });
      await expect(reader.lockIngest('a reader')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    } finally {
      await reader.close();
    }
    expect(readFileSync(join(dir, 'journal.log'))).toEqual(before);
    await owner.close();
  });
});

describe('a reader beside a writer that compacts', () => {
  it('reads the journal it opened before the snapshot whole, whenever the writer compacts', () => {
    const dir = tempDir();
    const writer = new Journal(dir);
    loadIds(writer);
    writer.compact(sheets.slice(0, 2), 2);
    writer.append(sheets.slice(2, 4).map((sheet) => ({ op: 'put' as const, sheet })));
    const ids = new Set<string>();
    let compacted = false;
    new Journal(dir).load((entry) => {
      // The writer folds its journal into a new snapshot while the reader is in the old one.
      if (!compacted) {
        compacted = true;
        writer.compact(sheets.slice(0, 4), 4);
      }
      if (entry.op === 'put') ids.add(entry.sheet.article.id);
    }, { readOnly: true });
    writer.closeFile();
    expect([...ids].sort()).toEqual(sheets.slice(0, 4).map((s) => s.article.id).sort());
  });
});

describe('the snapshot', () => {
  const written = (count: number) => {
    const dir = tempDir();
    const journal = new Journal(dir);
    loadIds(journal);
    journal.compact(sheets.slice(0, count), count);
    journal.closeFile();
    return { dir, text: readFileSync(join(dir, 'snapshot.jsonl'), 'utf8') };
  };

  it('writes each description of an entity once, however many articles give it', () => {
    const { text } = written(sheets.length);
    const descriptions = new Map<string, Set<string>>();
    for (const e of sheets.flatMap((s) => s.entities)) {
      const seen = descriptions.get(e.id) ?? new Set<string>();
      seen.add(JSON.stringify([e.id, e.type, e.name, e.properties]));
      descriptions.set(e.id, seen);
    }
    const mentionedTwice = [...descriptions.keys()].filter((id) => sheets.filter((s) => s.entities.some((e) => e.id === id)).length > 1);
    expect(mentionedTwice.length).toBeGreaterThan(5);
    for (const [id, seen] of descriptions) expect(text.split(`"${id}"`).length - 1, id).toBe(seen.size);
  });

  it('hands out one object for a description many articles repeat', () => {
    const { dir } = written(sheets.length);
    const read: FactSheet[] = [];
    new Journal(dir).load((entry) => entry.op === 'put' && read.push(entry.sheet));
    const byDescription = new Map<string, object>();
    let repeats = 0;
    for (const e of read.flatMap((s) => s.entities)) {
      const key = JSON.stringify(e);
      const first = byDescription.get(key);
      if (first) {
        expect(e).toBe(first);
        repeats++;
      } else byDescription.set(key, e);
    }
    expect(repeats).toBeGreaterThan(5);
  });

  it('still reads a snapshot of format 2, each article written in full', () => {
    const dir = tempDir();
    const lines = [JSON.stringify({ format: 2, sheets: 3 })];
    for (const { article, entities, relations } of sheets.slice(0, 3)) {
      const position = (id: string) => (id === article.id ? -1 : entities.findIndex((e) => e.id === id));
      lines.push(JSON.stringify({
        article,
        entities: entities.map((e) => [e.id, e.type, e.name, e.properties]),
        evidence: relations.map((r) => r.evidence),
        relations: relations.map((r, i) => [r.type, position(r.source), position(r.target), i, r.properties]),
      }));
    }
    writeFileSync(join(dir, 'snapshot.jsonl'), `${lines.join('\n')}\n`);
    const read: FactSheet[] = [];
    new Journal(dir).load((entry) => entry.op === 'put' && read.push(entry.sheet));
    expect(read).toEqual(sheets.slice(0, 3));
  });

  it('ends with a checksum: a change that still parses is refused, and repair keeps the articles and says so', () => {
    const { dir, text } = written(3);
    const title = sheets[1]!.article.title;
    expect(text).toContain(title);
    writeFileSync(join(dir, 'snapshot.jsonl'), text.replace(title, `${title.slice(0, -1)}X`));
    expect(() => loadIds(new Journal(dir))).toThrow(expect.objectContaining({ code: 'STORE_CORRUPT', message: expect.stringContaining('fails its checksum') }));
    const ids: string[] = [];
    const report = new Journal(dir).load((e) => e.op === 'put' && ids.push(e.sheet.article.id), { repair: true });
    expect(ids).toHaveLength(3);
    expect(report.snapshotProblems.join(' ')).toContain('fails its checksum');
  });

  it('repairs a snapshot whose header miscounts its articles without losing one, and keeps the damaged file aside', () => {
    const { dir, text } = written(4);
    const lines = text.trimEnd().split('\n');
    lines[0] = JSON.stringify({ format: 4, sheets: 2 });
    writeFileSync(join(dir, 'snapshot.jsonl'), `${lines.join('\n')}\n`);
    expect(() => loadIds(new Journal(dir))).toThrow(expect.objectContaining({ code: 'STORE_CORRUPT' }));
    const ids: string[] = [];
    const report = new Journal(dir).load((e) => e.op === 'put' && ids.push(e.sheet.article.id), { repair: true });
    expect(ids).toEqual(sheets.slice(0, 4).map((s) => s.article.id));
    const aside = report.sideFiles.find((f) => f.startsWith('snapshot.damaged-'));
    expect(readFileSync(join(dir, aside as string), 'utf8')).toBe(`${lines.join('\n')}\n`);
  });

  it('refuses a snapshot whose checksum line is missing', () => {
    const { dir, text } = written(2);
    writeFileSync(join(dir, 'snapshot.jsonl'), `${text.trimEnd().split('\n').slice(0, -1).join('\n')}\n`);
    expect(() => loadIds(new Journal(dir))).toThrow(expect.objectContaining({ code: 'STORE_CORRUPT', message: expect.stringContaining('checksum line is missing') }));
  });

  it('still reads a snapshot of format 3, which has no checksum', () => {
    const { dir, text } = written(3);
    const lines = text.trimEnd().split('\n');
    writeFileSync(join(dir, 'snapshot.jsonl'), `${[JSON.stringify({ format: 3, sheets: 3 }), ...lines.slice(1, -1)].join('\n')}\n`);
    expect(loadIds(new Journal(dir))).toEqual(sheets.slice(0, 3).map((s) => s.article.id));
  });

  it('refuses a line whose table numbers point nowhere', () => {
    const { dir, text } = written(2);
    const [header, first, second] = text.split('\n');
    const broken = JSON.parse(second as string) as { entities: number[] };
    broken.entities[0] = 99_999;
    writeFileSync(join(dir, 'snapshot.jsonl'), [header, first, JSON.stringify(broken), ''].join('\n'));
    expect(() => loadIds(new Journal(dir))).toThrow(expect.objectContaining({ code: 'STORE_CORRUPT', message: expect.stringContaining('article 2 is damaged') }));
  });
});

describe('the embedded store under kill -9', () => {
  it('keeps every write it acknowledged before the crash, and no half article', async () => {
    const dir = tempDir();
    const sheetsFile = join(dir, '..', `${dir.split('/').pop()}-sheets.json`);
    writeFileSync(sheetsFile, JSON.stringify(sheets));
    const storeModule = fileURLToPath(new URL('../../dist/graph/memory/memory-store.js', import.meta.url));
    // The writer loops over the seed sheets, re-putting them with a changing hash, and prints
    // each id once its write returned; compactions run every few writes.
    const script = `
      import { readFileSync } from 'node:fs';
      const { createMemoryStore } = await import(${JSON.stringify(storeModule)});
      const sheets = JSON.parse(readFileSync(${JSON.stringify(sheetsFile)}, 'utf8'));
      const store = await createMemoryStore({ dataDir: ${JSON.stringify(dir)}, compactAfter: 7 });
      for (let round = 0; ; round++) {
        for (const sheet of sheets) {
          const contentHash = 'round-' + round;
          await store.replaceArticle({ ...sheet, article: { ...sheet.article, contentHash } });
          process.stdout.write(sheet.article.id + ' ' + round + '\\n');
        }
      }`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    let acked = '';
    const ackedLines = () => acked.split('\n').filter((l) => l.includes(' '));
    // Killed once a whole round and then some are acknowledged, so that some writes were compacted
    // into the snapshot and later ones are only in the journal.
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        acked += d.toString();
        if (ackedLines().length > sheets.length + 3) resolve();
      });
      void exited.then(() => reject(new Error(`the writer ended before it was killed:\n${acked}`)));
    });
    child.kill('SIGKILL');
    await exited;
    const lines = ackedLines();
    const lastAcked = new Map<string, number>();
    for (const line of lines) {
      const [id, round] = line.split(' ');
      lastAcked.set(id as string, Number(round));
    }

    const store = await createMemoryStore({ dataDir: dir });
    try {
      const stored = new Map((await store.articleSources()).map((m) => [m.id, Number(m.contentHash.replace('round-', ''))]));
      expect(stored.size).toBe(sheets.length);
      // A write may have landed after its acknowledgement was lost with the process, never the reverse.
      for (const [id, round] of lastAcked) expect(stored.get(id)).toBeGreaterThanOrEqual(round);
      const stats = await store.stats();
      expect(stats.articles).toBe(sheets.length);
      expect(stats.relationships.MENTIONS).toBe(sheets.reduce((n, s) => n + s.entities.length, 0));
    } finally {
      await store.close();
    }
  });
});
