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

  it('ignores a torn last line, keeping every whole one', () => {
    const dir = tempDir();
    const journal = new Journal(dir);
    loadIds(journal);
    journal.append([{ op: 'put', sheet: sheets[0]! }]);
    journal.closeFile();
    appendFileSync(join(dir, 'journal.log'), '0123456789ab {"op":"put","sheet":{"article":');
    expect(loadIds(new Journal(dir))).toEqual([sheets[0]!.article.id]);
  });

  it('ignores a line whose checksum does not match', () => {
    const dir = tempDir();
    const journal = new Journal(dir);
    loadIds(journal);
    journal.append([{ op: 'put', sheet: sheets[0]! }, { op: 'put', sheet: sheets[1]! }]);
    journal.closeFile();
    const path = join(dir, 'journal.log');
    writeFileSync(path, readFileSync(path, 'utf8').replace(sheets[1]!.article.title, 'X'.repeat(sheets[1]!.article.title.length)));
    expect(loadIds(new Journal(dir))).toEqual([sheets[0]!.article.id]);
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
