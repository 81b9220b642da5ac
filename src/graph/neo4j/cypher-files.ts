// Loads the Cypher the Neo4j store runs from cypher/, so Browser users read exactly what runs.
// Files are read once per process.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
