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
    graph.mergeNode('p1', person('王小明'));
    expect(named(graph, '王')).toEqual(['p1']);
    graph.mergeNode('p2', person('张三'));
    graph.mergeNode('p1', person('王小明', ['小王']));
    expect(named(graph, '张三')).toEqual(['p2']);
    expect(named(graph, '小王')).toEqual(['p1']);
    graph.mergeNode('p2', person('张四'));
    expect(named(graph, '张三')).toEqual([]);
    expect(named(graph, '张四')).toEqual(['p2']);
    graph.dropNode('p1');
    expect(named(graph, '王')).toEqual([]);
  });

  it('lists every node for an empty text', () => {
    const graph = new CompactGraph();
    graph.mergeNode('p1', person('王小明'));
    graph.mergeNode('a1', { label: 'Article', name: '标题', props: {} });
    expect([...graph.nodesNamedWith('')].sort()).toEqual(['a1', 'p1']);
  });
});
