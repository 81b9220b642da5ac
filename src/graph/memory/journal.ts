// Durable state of the embedded store: a snapshot of every article's FactSheet plus an append-only
// journal of the writes since. Each journal line carries a checksum and is fsynced before the write
// counts, so a crash mid-write leaves at worst a torn last line, which loading ignores; the snapshot
// is replaced by write-then-rename, so it is always either the old or the new one, whole.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoreCorruptError, StoreUnavailableError } from '../../errors.js';
import type { FactSheet } from '../model.js';

export type JournalEntry = { op: 'put'; sheet: FactSheet } | { op: 'remove'; id: string };

const SNAPSHOT = 'snapshot.json';
const JOURNAL = 'journal.log';
const FORMAT = 1;

function checksum(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 12);
}

function writeDurably(path: string, text: string): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export class Journal {
  private fd: number | null = null;
  private entriesSinceSnapshot = 0;

  constructor(readonly dir: string) {}

  /** Reads the snapshot and replays the journal over it. */
  load(): Map<string, FactSheet> {
    try {
      mkdirSync(this.dir, { recursive: true });
    } catch (cause) {
      throw new StoreUnavailableError(`cannot create the data directory ${this.dir}`, { cause });
    }
    const sheets = new Map<string, FactSheet>();
    const snapshotPath = join(this.dir, SNAPSHOT);
    if (existsSync(snapshotPath)) {
      let parsed: { format: number; sheets: FactSheet[] };
      try {
        parsed = JSON.parse(readFileSync(snapshotPath, 'utf8'));
      } catch (cause) {
        throw new StoreCorruptError(`the snapshot ${snapshotPath} cannot be read`, { cause });
      }
      if (parsed.format !== FORMAT) throw new StoreCorruptError(`the snapshot ${snapshotPath} has format ${parsed.format}, expected ${FORMAT}`);
      for (const sheet of parsed.sheets) sheets.set(sheet.article.id, sheet);
    }
    const journalPath = join(this.dir, JOURNAL);
    if (existsSync(journalPath)) {
      for (const line of readFileSync(journalPath, 'utf8').split('\n')) {
        const entry = this.parseLine(line);
        if (!entry) continue;
        if (entry.op === 'put') sheets.set(entry.sheet.article.id, entry.sheet);
        else sheets.delete(entry.id);
        this.entriesSinceSnapshot++;
      }
    }
    return sheets;
  }

  /** A line that is torn or fails its checksum was never acknowledged, so it is skipped. */
  private parseLine(line: string): JournalEntry | null {
    const space = line.indexOf(' ');
    if (space < 0) return null;
    const json = line.slice(space + 1);
    if (checksum(json) !== line.slice(0, space)) return null;
    return JSON.parse(json) as JournalEntry;
  }

  /** Appends entries and fsyncs once; when it returns, they survive a crash. */
  append(entries: JournalEntry[]): void {
    if (this.fd === null) this.fd = openSync(join(this.dir, JOURNAL), 'a');
    const text = entries.map((e) => {
      const json = JSON.stringify(e);
      return `${checksum(json)} ${json}\n`;
    });
    try {
      writeSync(this.fd, text.join(''));
      fsyncSync(this.fd);
    } catch (cause) {
      throw new StoreUnavailableError(`cannot write to the journal in ${this.dir}`, { cause });
    }
    this.entriesSinceSnapshot += entries.length;
  }

  get pending(): number {
    return this.entriesSinceSnapshot;
  }

  /** Writes a new snapshot of all sheets and starts an empty journal. */
  compact(sheets: Iterable<FactSheet>): void {
    const tmp = join(this.dir, `${SNAPSHOT}.tmp`);
    writeDurably(tmp, JSON.stringify({ format: FORMAT, sheets: [...sheets] }));
    renameSync(tmp, join(this.dir, SNAPSHOT));
    // A crash here replays the old journal over the new snapshot, which changes nothing: puts replace.
    this.closeFile();
    writeFileSync(join(this.dir, JOURNAL), '');
    this.entriesSinceSnapshot = 0;
  }

  closeFile(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
