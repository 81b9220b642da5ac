// The alias file: names in another language listed as one person's name, never guessed; a file
// that is missing is no aliases unless it was asked for, a file that is not an object of names is
// refused with an InputError.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAliases } from '../../src/extract/resolve/aliases.js';

const file = (content: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'newsgraph-aliases-')), 'aliases.json');
  writeFileSync(path, content);
  return path;
};

describe('the alias file', () => {
  it('maps each listed name, trimmed, to the person’s name', () => {
    expect(loadAliases(file('{" Han Lixin ": "韩立新", "Lu Jianping": "卢建平"}'))).toEqual(new Map([['Han Lixin', '韩立新'], ['Lu Jianping', '卢建平']]));
  });

  it('is empty when no file is given, or the default one is missing', () => {
    expect(loadAliases(undefined).size).toBe(0);
    expect(loadAliases(join(tmpdir(), 'no-such-dir', 'aliases.json')).size).toBe(0);
  });

  it.each([
    ['a missing file that was asked for', join(tmpdir(), 'no-such-dir', 'aliases.json')],
    ['a file that is not JSON', file('Han Lixin = 韩立新')],
    ['a JSON list', file('["韩立新"]')],
    ['an empty name', file('{"Han Lixin": ""}')],
  ])('refuses %s with an InputError', (_what, path) => {
    expect(() => loadAliases(path, true)).toThrow(expect.objectContaining({ code: 'INPUT_INVALID' }));
  });
});
