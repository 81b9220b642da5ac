// Durable state of the embedded store: a snapshot of every article's FactSheet plus an append-only
// journal of the writes since. Each journal entry is one line with a checksum, fsynced before the
// write counts. A crash mid-append leaves a torn tail: lines after the last sound one, which were
// never acknowledged; opening cuts them off (keeping their bytes in a side file), so the next entry
// starts a line of its own. A damaged line with sound ones after it is not a torn write but damage,
// and opening stops with a message naming `newsgraph repair`, which keeps every sound entry and sets
// the damaged ones aside. The snapshot is replaced by write-then-rename, so it is always the old or
// the new one, whole, and it ends with a checksum of everything before it.
// The snapshot is JSON lines (a header, then one sheet a line, then the checksum), written and read
// in chunks: a 100k-article archive is several hundred MB, more than one JavaScript string may hold.
import { createHash, type Hash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, truncateSync, writeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoreCorruptError, StoreUnavailableError } from '../../errors.js';
import type { FactSheet } from '../model.js';
import { readLines, type LineSpan } from './read-lines.js';
import { decodeLegacySheet, shareText, SnapshotDecoder, SnapshotEncoder, type EncodedSheet, type LegacyEncodedSheet } from './snapshot-codec.js';

export type JournalEntry = { op: 'put'; sheet: FactSheet } | { op: 'remove'; id: string };

const SNAPSHOT = 'snapshot.jsonl';
/** The snapshot of format 1, one JSON document; still read, replaced at the next compaction. */
const LEGACY_SNAPSHOT = 'snapshot.json';
const JOURNAL = 'journal.log';
/** 4: format 3 closed by a checksum line; 3: values repeated across articles in tables; 2: each article's facts in full. */
const FORMAT = 4;
const READABLE_FORMATS = [2, 3, 4];
/** Formats whose sheets are written in tables (the others in full). */
const TABLE_FORMATS = [3, 4];
const WRITE_CHUNK = 4 * 1024 * 1024;
const REPAIR_HINT = 'run "newsgraph repair" to keep every sound article and set the damaged part aside';
/** Where a journal entry begins: its checksum, a space and the entry's first key. */
const ENTRY_START = /[0-9a-f]{12} \{"op":/g;

function checksum(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 12);
}

/** Writes every byte: a write may take fewer than it was given (a full disk) without failing. */
function writeAll(fd: number, data: string | Buffer): void {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

/** Opens the file anew, lets `write` fill it, and fsyncs it: whole on disk when this returns. */
function writeDurably(path: string, write: (fd: number) => void): void {
  const fd = openSync(path, 'w');
  try {
    write(fd);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes the lines in chunks, durably, so the file is whole on disk before it is renamed in. */
function writeLinesDurably(path: string, lines: Iterable<string>): void {
  writeDurably(path, (fd) => {
    let chunk: string[] = [];
    let size = 0;
    for (const line of lines) {
      chunk.push(line, '\n');
      size += line.length + 1;
      if (size >= WRITE_CHUNK) {
        writeAll(fd, chunk.join(''));
        chunk = [];
        size = 0;
      }
    }
    if (chunk.length) writeAll(fd, chunk.join(''));
  });
}

/** The lines, each fed to the hash with its newline, followed by the line that closes a snapshot. */
function* closedByChecksum(lines: Iterable<string>): Generator<string> {
  const hash = createHash('sha1');
  for (const line of lines) {
    hash.update(line).update('\n');
    yield line;
  }
  yield JSON.stringify({ checksum: hash.digest('hex') });
}

function writeSideFile(dir: string, kind: string, bytes: Buffer): string {
  const name = `journal.${kind}-${new Date().toISOString().replace(/[:.]/g, '-')}.log`;
  writeDurably(join(dir, name), (fd) => writeAll(fd, bytes));
  return name;
}

/** Makes a rename in the directory durable: the new name survives a power cut. */
function syncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function readBytes(path: string, start: number, end: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const bytes = Buffer.alloc(end - start);
    readSync(fd, bytes, 0, bytes.length, start);
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** What opening found and did: cut a torn tail, and (when repairing) what it dropped. */
export interface JournalReport {
  /** Bytes of a torn tail cut from the journal; 0 when the journal ended on a whole entry. */
  tornBytes: number;
  /** Journal lines (1-based) dropped as damaged; only when repairing. */
  damagedLines: number[];
  /** What was wrong with the snapshot and what that cost; only when repairing. */
  snapshotProblems: string[];
  /** Side files in the data directory that keep the bytes cut or dropped. */
  sideFiles: string[];
}

export interface LoadOptions {
  /** Keep every sound entry and article, set the damaged ones aside, instead of refusing to open. */
  repair?: boolean;
  /** Change nothing on disk: a torn tail (perhaps a line another process is writing) is only skipped. */
  readOnly?: boolean;
}

export class Journal {
  private fd: number | null = null;
  private entriesSinceSnapshot = 0;

  constructor(readonly dir: string) {}

  /**
   * Reads the snapshot and replays the journal over it, handing each entry over as it is read: no
   * copy of the whole archive is held besides what the caller builds. A put may replace an
   * article an earlier entry put. Cuts a torn tail off the journal; refuses damage elsewhere
   * unless asked to repair.
   */
  load(apply: (entry: JournalEntry) => void, options: LoadOptions = {}): JournalReport {
    try {
      mkdirSync(this.dir, { recursive: true });
    } catch (cause) {
      throw new StoreUnavailableError(`cannot create the data directory ${this.dir}`, { cause });
    }
    const report: JournalReport = { tornBytes: 0, damagedLines: [], snapshotProblems: [], sideFiles: [] };
    // The journal is opened before the snapshot is read: a compaction by another process meanwhile
    // (a read-only open beside a running server) then gives this old journal over the old or the
    // new snapshot, both whole; a journal opened after could miss what the old snapshot lacked.
    const journalPath = join(this.dir, JOURNAL);
    const journalFd = existsSync(journalPath) ? openSync(journalPath, 'r') : null;
    try {
      const snapshotPath = join(this.dir, SNAPSHOT);
      if (existsSync(snapshotPath)) this.loadSnapshot(snapshotPath, apply, options.repair ? report : null);
      else if (existsSync(join(this.dir, LEGACY_SNAPSHOT))) this.loadLegacySnapshot(join(this.dir, LEGACY_SNAPSHOT), apply);
      if (journalFd !== null) this.loadJournal(journalPath, journalFd, apply, options.repair ? report : null, report, options.readOnly === true);
    } finally {
      if (journalFd !== null) closeSync(journalFd);
    }
    return report;
  }

  private loadJournal(path: string, fd: number, apply: (entry: JournalEntry) => void, repairing: JournalReport | null, report: JournalReport, readOnly: boolean): void {
    // Damaged lines since the last sound one: a torn tail if nothing sound follows them.
    let damaged: Array<{ line: number } & LineSpan> = [];
    const dropped: Buffer[] = [];
    let soundEnd = 0;
    let unterminated = false;
    let lineNumber = 0;
    readLines(fd, (line, span) => {
      lineNumber++;
      if (!line.trim()) {
        if (!damaged.length) soundEnd = span.end;
        return;
      }
      const entry = this.parseLine(line);
      if (!entry) {
        damaged.push({ line: lineNumber, ...span });
        return;
      }
      if (damaged.length) {
        if (!repairing) {
          throw new StoreCorruptError(
            `the journal ${path} is damaged at line ${damaged[0]!.line}, with sound entries after it (not a torn write); ${REPAIR_HINT}`,
          );
        }
        for (const d of damaged) {
          repairing.damagedLines.push(d.line);
          dropped.push(readBytes(path, d.start, d.end));
        }
        damaged = [];
      }
      apply(entry.op === 'put' ? { op: 'put', sheet: shareText(entry.sheet) } : entry);
      this.entriesSinceSnapshot++;
      soundEnd = span.end;
      unterminated = !span.terminated;
    });
    if (readOnly) return;
    if (dropped.length) report.sideFiles.push(writeSideFile(this.dir, 'damaged', Buffer.concat(dropped)));
    if (damaged.length) {
      // Never acknowledged: the append that wrote them did not return. Kept aside, then cut off.
      const end = damaged[damaged.length - 1]!.end;
      report.tornBytes = end - soundEnd;
      report.sideFiles.push(writeSideFile(this.dir, 'torn', readBytes(path, soundEnd, end)));
      truncateSync(path, soundEnd);
    }
    // A whole last entry whose newline was not written: close its line before anything follows.
    if (unterminated && !damaged.length) writeFileSync(path, '\n', { flag: 'a' });
  }

  private loadSnapshot(path: string, apply: (entry: JournalEntry) => void, repairing: JournalReport | null): void {
    let header: { format: number; sheets: number } | null = null;
    let count = 0;
    let lines = 0;
    let closing: string | null = null;
    const hash: Hash = createHash('sha1');
    const decoder = new SnapshotDecoder();
    const problem = (message: string) => {
      if (!repairing) throw new StoreCorruptError(`${message}; ${REPAIR_HINT}`);
      repairing.snapshotProblems.push(message);
    };
    try {
      readLines(path, (line) => {
        if (!line) return;
        if (!header) {
          hash.update(line).update('\n');
          header = JSON.parse(line) as { format: number; sheets: number };
          if (!READABLE_FORMATS.includes(header.format)) throw new StoreCorruptError(`the snapshot ${path} has format ${header.format}, expected one of ${READABLE_FORMATS.join(', ')}`);
          return;
        }
        // The closing line is told by its key, not by the header's count: a damaged count then
        // costs no article in a repair.
        if (header.format >= 4 && line.startsWith('{"checksum":')) {
          closing = line;
          return;
        }
        lines++;
        hash.update(line).update('\n');
        let sheet: FactSheet;
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
          sheet = TABLE_FORMATS.includes(header.format) ? decoder.decode(parsed as EncodedSheet) : decodeLegacySheet(parsed as LegacyEncodedSheet);
        } catch (cause) {
          if (!repairing) throw new StoreCorruptError(`the snapshot ${path} cannot be read: article ${lines} is damaged; ${REPAIR_HINT}`, { cause });
          // A line that still parses lost only what an earlier, damaged line defined: its page is known.
          const source = (parsed as { article?: { source?: unknown } } | undefined)?.article?.source;
          repairing.snapshotProblems.push(
            typeof source === 'string'
              ? `article ${lines} of the snapshot (from ${source}) refers to what a damaged article held and was dropped; ingest its page again to restore it`
              : `article ${lines} of the snapshot is damaged and was dropped`,
          );
          return;
        }
        apply({ op: 'put', sheet });
        count++;
      });
    } catch (cause) {
      if (cause instanceof StoreCorruptError) throw cause;
      if (!repairing || !header) throw new StoreCorruptError(`the snapshot ${path} cannot be read${repairing ? '' : `; ${REPAIR_HINT}`}`, { cause });
      repairing.snapshotProblems.push(`the snapshot could not be read past article ${lines}`);
    }
    const h = header as { format: number; sheets: number } | null;
    if (h?.sheets !== lines) problem(`the snapshot ${path} holds ${lines} articles, its header says ${h?.sheets ?? 'nothing'}`);
    else if (h.format >= 4) {
      const expected = closing ? (JSON.parse(closing) as { checksum?: string }).checksum : undefined;
      if (expected !== hash.digest('hex')) problem(`the snapshot ${path} fails its checksum (${closing ? 'its content changed' : 'its checksum line is missing'})`);
    }
    if (repairing && count < lines) repairing.snapshotProblems.push(`${lines - count} of the snapshot's ${lines} articles were dropped`);
    // The repair writes a new snapshot over this one: what was damaged is kept aside first.
    if (repairing?.snapshotProblems.length) {
      const name = `snapshot.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`;
      copyFileSync(path, join(this.dir, name));
      repairing.sideFiles.push(name);
    }
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

  /**
   * The entry a line holds, or null when it is torn or fails its checksum. A line that begins
   * with a torn fragment and goes on with a whole entry (an older version appended straight after
   * a torn tail) holds that entry: the fragment was never acknowledged, the entry was.
   */
  private parseLine(line: string): JournalEntry | null {
    const whole = this.parseEntry(line);
    if (whole) return whole;
    for (const match of line.matchAll(ENTRY_START)) {
      if (match.index === 0) continue;
      const entry = this.parseEntry(line.slice(match.index));
      if (entry) return entry;
    }
    return null;
  }

  private parseEntry(text: string): JournalEntry | null {
    const space = text.indexOf(' ');
    if (space < 0) return null;
    const json = text.slice(space + 1);
    if (checksum(json) !== text.slice(0, space)) return null;
    try {
      return JSON.parse(json) as JournalEntry;
    } catch {
      return null;
    }
  }

  /** Appends entries, each on a line of its own, and fsyncs once; when it returns, they survive a crash. */
  append(entries: JournalEntry[]): void {
    const text = entries.map((e) => {
      const json = JSON.stringify(e);
      return `${checksum(json)} ${json}\n`;
    });
    try {
      if (this.fd === null) this.fd = openSync(join(this.dir, JOURNAL), 'a');
      writeAll(this.fd, text.join(''));
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
    writeLinesDurably(tmp, closedByChecksum((function* () {
      yield JSON.stringify({ format: FORMAT, sheets: count });
      for (const sheet of sheets) yield JSON.stringify(encoder.encode(sheet));
    })()));
    renameSync(tmp, join(this.dir, SNAPSHOT));
    syncDirectory(this.dir);
    rmSync(join(this.dir, LEGACY_SNAPSHOT), { force: true });
    // A crash here replays the old journal over the new snapshot, which changes nothing: puts replace.
    // The journal is replaced, not emptied in place: a reader holding the old one reads it whole.
    this.closeFile();
    const emptyJournal = join(this.dir, `${JOURNAL}.tmp`);
    writeFileSync(emptyJournal, '');
    renameSync(emptyJournal, join(this.dir, JOURNAL));
    syncDirectory(this.dir);
    this.entriesSinceSnapshot = 0;
  }

  closeFile(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
