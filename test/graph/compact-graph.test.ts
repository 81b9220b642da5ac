// The embedded graph's search by name: its index of characters is built at the first search (a
// store opened only to ingest never builds it) and then follows every change to the nodes.
import { describe, expect, it } from 'vitest';
import { CompactGraph } from '../../src/graph/memory/compact-graph.js';

const person = (name: string, aliases: string[] = []) => ({ label: 'Person', name, props: aliases.length ? { aliases } : {} });
const named = (graph: CompactGraph, text: string) =>
  [...graph.nodesNamedWith(text)].filter((id) => {
    const { name, props } = graph.getNodeAttributes(id);
    return [name, ...((props.aliases as string[] | undefined) ?? [])].some((n) => n.includes(text));
  });

describe('searching the embedded graph by name', () => {
  it('finds the nodes added before the first search, and not articles', () => {
    const graph = new CompactGraph();
    graph.mergeNode('p1', person('王小明'));
    graph.mergeNode('p2', person('李小红', ['李红']));
    graph.mergeNode('a1', { label: 'Article', name: '王小明调研', props: {} });
    expect(named(graph, '小').sort()).toEqual(['p1', 'p2']);
    expect(named(graph, '李红')).toEqual(['p2']);
    expect(named(graph, '调研')).toEqual([]);
  });

  it('follows additions, new aliases, renames and removals after the first search', () => {
    const graph = new CompactGraph();
    const candidates = (text: string) => [...graph.nodesNamedWith(text)].sort();
    graph.mergeNode('p1', person('王小明'));
    expect(candidates('王')).toEqual(['p1']);
    graph.mergeNode('p2', person('张三'));
    graph.mergeNode('p1', person('王小明', ['小王']));
    expect(candidates('张')).toEqual(['p2']);
    expect(named(graph, '小王')).toEqual(['p1']);
    graph.mergeNode('p2', person('张四'));
    // The index itself, not only the check after it: the old name's characters are gone.
    expect(candidates('三')).toEqual([]);
    expect(candidates('四')).toEqual(['p2']);
    graph.dropNode('p1');
    expect(candidates('王')).toEqual([]);
    expect(candidates('小')).toEqual([]);
  });

  it('gives the same candidates whether its index was built as the nodes came or afterwards', () => {
    const early = new CompactGraph();
    early.indexNames();
    const late = new CompactGraph();
    for (const g of [early, late]) {
      g.mergeNode('p1', person('王小明', ['小王']));
      g.mergeNode('p2', person('李小红'));
      g.mergeNode('p1', person('王晓明', ['小王']));
    }
    for (const text of ['小', '王', '晓', '明', '红']) expect([...early.nodesNamedWith(text)].sort(), text).toEqual([...late.nodesNamedWith(text)].sort());
  });

  it('lists every node for an empty text', () => {
    const graph = new CompactGraph();
    graph.mergeNode('p1', person('王小明'));
    graph.mergeNode('a1', { label: 'Article', name: '标题', props: {} });
    expect([...graph.nodesNamedWith('')].sort()).toEqual(['a1', 'p1']);
  });
});
