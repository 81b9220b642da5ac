// Search on the embedded store reads only the nodes its name index offers: it must find exactly
// what a scan of every node finds, also after articles are removed and aliases change.
import { describe, expect, it } from 'vitest';
import { GraphIndex } from '../../src/graph/memory/graph-index.js';
import { search } from '../../src/graph/memory/queries.js';
import { NameIndex } from '../../src/graph/memory/name-index.js';
import { seedFactSheets } from '../helpers/fact-sheets.js';

const sheets = seedFactSheets();

/** What search answers when every node is read. */
function scan(index: GraphIndex, q: string): string[] {
  const found: string[] = [];
  index.graph.forEachNode((id, a) => {
    const names = [a.name, ...((a.props.aliases as string[] | undefined) ?? [])];
    if (a.label !== 'Article' && names.some((n) => n.includes(q))) found.push(id);
  });
  return found.sort();
}

/** Every substring of one to three characters of every name, and some no name has. */
function queries(index: GraphIndex): string[] {
  const all = new Set(['不存在的名字', 'zz', '市委X']);
  index.graph.forEachNode((_id, a) => {
    for (const n of [a.name, ...((a.props.aliases as string[] | undefined) ?? [])])
      for (let i = 0; i < n.length; i++) for (let k = 1; k <= 3 && i + k <= n.length; k++) all.add(n.slice(i, i + k));
  });
  return [...all];
}

/** Every hit of a search, page by page. */
function found(index: GraphIndex, q: string): string[] {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 200) {
    const { items, total } = search(index.graph, q, undefined, 200, offset);
    ids.push(...items.map((h) => h.id));
    if (offset + 200 >= total) return ids.sort();
  }
}

describe('search through the name index', () => {
  it('finds what a scan of every node finds, for every piece of every name', () => {
    const index = new GraphIndex();
    sheets.forEach((s) => index.put(s));
    const qs = queries(index);
    expect(qs.length).toBeGreaterThan(500);
    for (const q of qs) expect(found(index, q), q).toEqual(scan(index, q));
  });

  it('forgets the names of entities whose last article is gone', () => {
    const index = new GraphIndex();
    sheets.forEach((s) => index.put(s));
    const qs = queries(index);
    sheets.slice(0, Math.ceil(sheets.length / 2)).forEach((s) => index.remove(s.article.id));
    for (const q of qs) expect(found(index, q), q).toEqual(scan(index, q));
  });

  it('offers the nodes holding the rarest character of the text, and none for an unknown one', () => {
    const names = new NameIndex();
    names.add('a', ['市委书记']);
    names.add('b', ['市长']);
    names.add('c', ['书记']);
    expect([...names.candidates('市委')]).toEqual(['a']);
    expect([...names.candidates('书')].sort()).toEqual(['a', 'c']);
    expect([...names.candidates('县')]).toEqual([]);
    names.remove('a', ['市委书记']);
    expect([...names.candidates('市委')]).toEqual([]);
  });
});
