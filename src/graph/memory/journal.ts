// Durable state of the embedded store: a snapshot of every article's FactSheet plus an append-only
// journal of the writes since. Each journal line carries a checksum and is fsynced before the write
// counts, so a crash mid-write leaves at worst a torn last line, which loading ignores; the snapshot
// is replaced by write-then-rename, so it is always either the old or the new one, whole.
// The snapshot is JSON lines (a header, then one sheet a line), written and read in chunks: a
// 100k-article archive is several hundred MB, more than one JavaScript string may hold.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoreCorruptError, StoreUnavailableError } from '../../errors.js';
import type { FactSheet } from '../model.js';
import { readLines } from './read-lines.js';
import { decodeLegacySheet, shareText, SnapshotDecoder, SnapshotEncoder, type EncodedSheet, type LegacyEncodedSheet } from './snapshot-codec.js';

export type JournalEntry = { op: 'put'; sheet: FactSheet } | { op: 'remove'; id: string };

const SNAPSHOT = 'snapshot.jsonl';
/** The snapshot of format 1, one JSON document; still read, replaced at the next compaction. */
const LEGACY_SNAPSHOT = 'snapshot.json';
const JOURNAL = 'journal.log';
/** 3: values repeated across articles in tables; 2: each article's facts in full, still read. */
const FORMAT = 3;
const READABLE_FORMATS = [2, 3];
const WRITE_CHUNK = 4 * 1024 * 1024;

function checksum(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 12);
}

/** Writes the lines in chunks and fsyncs, so the file is whole on disk before it is renamed in. */
function writeLinesDurably(path: string, lines: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    let chunk: string[] = [];
    let size = 0;
    for (const line of lines) {
      chunk.push(line, '\n');
      size += line.length + 1;
      if (size >= WRITE_CHUNK) {
        writeSync(fd, chunk.join(''));
        chunk = [];
        size = 0;
      }
    }
    if (chunk.length) writeSync(fd, chunk.join(''));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}


export class Journal {
  private fd: number | null = null;
  private entriesSinceSnapshot = 0;

  constructor(readonly dir: string) {}

  /**
   * Reads the snapshot and replays the journal over it, handing each entry over as it is read: no
   * copy of the whole archive is held besides what the caller builds. A put may replace an
   * article an earlier entry put.
   */
  load(apply: (entry: JournalEntry) => void): void {
    try {
      mkdirSync(this.dir, { recursive: true });
    } catch (cause) {
      throw new StoreUnavailableError(`cannot create the data directory ${this.dir}`, { cause });
    }
    const snapshotPath = join(this.dir, SNAPSHOT);
    if (existsSync(snapshotPath)) this.loadSnapshot(snapshotPath, apply);
    else if (existsSync(join(this.dir, LEGACY_SNAPSHOT))) this.loadLegacySnapshot(join(this.dir, LEGACY_SNAPSHOT), apply);
    const journalPath = join(this.dir, JOURNAL);
    if (existsSync(journalPath)) {
      readLines(journalPath, (line) => {
        const entry = this.parseLine(line);
        if (!entry) return;
        apply(entry.op === 'put' ? { op: 'put', sheet: shareText(entry.sheet) } : entry);
        this.entriesSinceSnapshot++;
      });
    }
  }

  private loadSnapshot(path: string, apply: (entry: JournalEntry) => void): void {
    let header: { format: number; sheets: number } | null = null;
    let count = 0;
    const decoder = new SnapshotDecoder();
    try {
      readLines(path, (line) => {
        if (!line) return;
        if (!header) {
          header = JSON.parse(line) as { format: number; sheets: number };
          if (!READABLE_FORMATS.includes(header.format)) throw new StoreCorruptError(`the snapshot ${path} has format ${header.format}, expected one of ${READABLE_FORMATS.join(', ')}`);
          return;
        }
        let sheet: FactSheet;
        try {
          const parsed: unknown = JSON.parse(line);
          sheet = header.format === FORMAT ? decoder.decode(parsed as EncodedSheet) : decodeLegacySheet(parsed as LegacyEncodedSheet);
        } catch (cause) {
          throw new StoreCorruptError(`the snapshot ${path} cannot be read: article ${count + 1} is damaged`, { cause });
        }
        apply({ op: 'put', sheet });
        count++;
      });
    } catch (cause) {
      if (cause instanceof StoreCorruptError) throw cause;
      throw new StoreCorruptError(`the snapshot ${path} cannot be read`, { cause });
    }
    const expected = (header as { sheets: number } | null)?.sheets;
    if (expected !== count) throw new StoreCorruptError(`the snapshot ${path} holds ${count} articles, its header says ${expected ?? 'nothing'}`);
  }

  private loadLegacySnapshot(path: string, apply: (entry: JournalEntry) => void): void {
    let parsed: { format: number; sheets: FactSheet[] };
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (cause) {
      throw new StoreCorruptError(`the snapshot ${path} cannot be read`, { cause });
    }
    if (parsed.format !== 1) throw new StoreCorruptError(`the snapshot ${path} has format ${parsed.format}, expected 1`);
    for (const sheet of parsed.sheets) apply({ op: 'put', sheet: shareText(sheet) });
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
  compact(sheets: Iterable<FactSheet>, count?: number): void {
    if (count === undefined) {
      const all = [...sheets];
      return this.compact(all, all.length);
    }
    const tmp = join(this.dir, `${SNAPSHOT}.tmp`);
    const encoder = new SnapshotEncoder();
    writeLinesDurably(tmp, (function* () {
      yield JSON.stringify({ format: FORMAT, sheets: count });
      for (const sheet of sheets) yield JSON.stringify(encoder.encode(sheet));
    })());
    renameSync(tmp, join(this.dir, SNAPSHOT));
    rmSync(join(this.dir, LEGACY_SNAPSHOT), { force: true });
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
