// The alias file: names written in another language that are explicitly one person, so an English
// article's "Deng Qunce" and a Chinese article's 邓群策 become one node. Never guessed: only names
// the user lists. A JSON object of name → the person's name, e.g. { "Deng Qunce": "邓群策" }.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from '../../errors.js';

const aliasFile = z.record(z.string().min(1), z.string().min(1));

export function loadAliases(path: string | undefined, required = false): Map<string, string> {
  if (!path || (!required && !existsSync(path))) return new Map();
  let parsed;
  try {
    parsed = aliasFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (cause) {
    throw new InputError(`${path}: the alias file is not readable JSON`, { cause });
  }
  if (!parsed.success) throw new InputError(`${path}: the alias file must be a JSON object of name → name, e.g. {"Deng Qunce": "邓群策"}`);
  return new Map(Object.entries(parsed.data).map(([k, v]) => [k.trim(), v.trim()]));
}
