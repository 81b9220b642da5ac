// Source keys as versions before source roots wrote them: the last name of the folder as typed, then
// the page's path inside it (`ingest pages` → `pages/2021-05-28/01.txt`, `ingest .` →
// `./01.txt`), or a lone file's name (`ingest pages/2021-05-28/01.txt` → `01.txt`). Such a key
// is moved to the page's current key when the page is ingested again (see ingest-run.ts).
import { basename, join, resolve, sep } from 'node:path';

/** A key that is neither a real path nor `NAME:path`: written by an earlier version, or posted to the API. */
export const isLegacyKey = (source: string): boolean => !source.startsWith('/') && !/^[^/]+:/.test(source);

/** The key the earlier version gave the page at `rel` of the folder typed. */
export const legacyKeyOf = (typed: string, rel: string): string => `${basename(join(typed))}/${rel}`;

/**
 * Every key the earlier version may have given the page at `path` from some path typed: each tail
 * of its path (`01.txt`, `2021-05-28/01.txt`, `A/2021-05-28/01.txt` …), and those tails under `.`
 * and `..`. As a tail may be another page's too, one is taken only for a page of the same bytes.
 */
export function legacyTails(paths: string[]): string[] {
  const tails = new Set<string>();
  for (const path of paths) {
    const names = resolve(path).split(sep).filter(Boolean);
    for (let i = names.length - 1; i >= 0; i--) {
      const tail = names.slice(i).join('/');
      tails.add(tail).add(`./${tail}`).add(`../${tail}`);
    }
  }
  return [...tails];
}
