// Reads a file line by line in fixed-size chunks, synchronously: loading a store never holds the
// whole file as one string, so its size is bounded by memory for the parsed data alone.
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 8 * 1024 * 1024;
const NEWLINE = 0x0a;

/** Where a line lies in the file: its first byte, the byte after it (past its newline, if any). */
export interface LineSpan {
  start: number;
  end: number;
  /** False for a last line that no newline closes: what a write cut short leaves. */
  terminated: boolean;
}

/** Reads a file by its path, or from an open descriptor (read from its start, left open). */
export function readLines(file: string | number, onLine: (line: string, span: LineSpan) => void): void {
  const fd = typeof file === 'number' ? file : openSync(file, 'r');
  try {
    let buffer = Buffer.allocUnsafe(CHUNK);
    let filled = 0;
    // The file offset of buffer[0].
    let base = 0;
    for (;;) {
      if (filled === buffer.length) {
        // One line longer than the buffer: grow it rather than cut the line.
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, filled);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, filled, buffer.length - filled, typeof file === 'number' ? base + filled : null);
      const end = filled + read;
      let start = 0;
      for (let nl = buffer.indexOf(NEWLINE, start); nl >= 0 && nl < end; nl = buffer.indexOf(NEWLINE, start)) {
        onLine(buffer.toString('utf8', start, nl), { start: base + start, end: base + nl + 1, terminated: true });
        start = nl + 1;
      }
      if (read === 0) {
        if (start < end) onLine(buffer.toString('utf8', start, end), { start: base + start, end: base + end, terminated: false });
        return;
      }
      buffer.copy(buffer, 0, start, end);
      base += start;
      filled = end - start;
    }
  } finally {
    if (typeof file !== 'number') closeSync(fd);
  }
}
