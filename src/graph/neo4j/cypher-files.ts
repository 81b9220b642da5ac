// Loads the Cypher the Neo4j store runs from cypher/, so Browser users read exactly what runs.
// Files are read once per process.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// src/graph/neo4j (or dist/graph/neo4j) → the package root.
const CYPHER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'cypher');
const cache = new Map<string, string>();

/** A file's statement, its header comment lines dropped. */
export function cypher(path: string): string {
  let text = cache.get(path);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_DIR, path), 'utf8')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//'))
      .join('\n')
      .trim();
    cache.set(path, text);
  }
  return text;
}

/** The statements of a file holding several, split at semicolons that end a line. */
export function statements(path: string): string[] {
  return cypher(path)
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A saved query for Neo4j Browser: its file, what its comment says, its text, the parameters it takes. */
export interface BrowserQuery {
  file: string;
  about: string;
  text: string;
  /** Parameters to set first (`:param articleId => '…'`); the read-only queries take none. */
  params: string[];
}

/** Writes a Browser user runs by hand, exactly as the store runs them: deleting an article. */
const BROWSER_WRITES = ['writes/remove-article.cypher'];

function browserQuery(file: string): BrowserQuery {
  const lines = readFileSync(join(CYPHER_DIR, file), 'utf8').trim().split('\n');
  const about = lines.filter((l) => l.startsWith('//')).map((l) => l.replace(/^\/\/\s?/, '')).join(' ');
  const text = lines.filter((l) => !l.startsWith('//')).join('\n').trim();
  return { file: basename(file), about, text, params: [...new Set([...text.matchAll(/\$(\w+)/g)].map((m) => m[1] as string))] };
}

/** The saved Browser queries, by file name, then the writes; and the project's Browser style (cypher/browser/style.grass). */
export function browserFiles(): { queries: BrowserQuery[]; style: string } {
  const dir = join(CYPHER_DIR, 'browser');
  const reads = readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => `browser/${f}`);
  return { queries: [...reads, ...BROWSER_WRITES].map(browserQuery), style: readFileSync(join(dir, 'style.grass'), 'utf8') };
}
