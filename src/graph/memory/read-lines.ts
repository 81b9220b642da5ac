// Reads a file line by line in fixed-size chunks, synchronously: loading a store never holds the
// whole file as one string, so its size is bounded by memory for the parsed data alone.
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 8 * 1024 * 1024;
const NEWLINE = 0x0a;

export function readLines(path: string, onLine: (line: string) => void): void {
  const fd = openSync(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(CHUNK);
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        // One line longer than the buffer: grow it rather than cut the line.
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, filled);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, filled, buffer.length - filled, null);
      const end = filled + read;
      let start = 0;
      for (let nl = buffer.indexOf(NEWLINE, start); nl >= 0 && nl < end; nl = buffer.indexOf(NEWLINE, start)) {
        onLine(buffer.toString('utf8', start, nl));
        start = nl + 1;
      }
      if (read === 0) {
        if (start < end) onLine(buffer.toString('utf8', start, end));
        return;
      }
      buffer.copy(buffer, 0, start, end);
      filled = end - start;
    }
  } finally {
    closeSync(fd);
  }
}
