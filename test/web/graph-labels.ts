// What a reader sees of a graph's labels, read from the page in real Chromium: the boxes the label
// layer says it drew, checked against the ink on that layer, and the label that shows when a node
// without one is pointed at. Shared by the seeds' suite and the bench-corpus suite.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// The page's own objects, as far as these checks read them (the tests' typing has no DOM).
interface Box {
  node: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
/** A canvas of the page, as far as the tests read its pixels. */
export interface Canvas {
  width: number;
  height: number;
  classList: { contains(name: string): boolean };
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
}
declare const window: {
  devicePixelRatio: number;
  newsgraph?: {
    graph: { nodes(): string[]; getNodeAttribute(id: string, name: 'label'): string };
    sigma: {
      framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
      getNodeDisplayData(id: string): { x: number; y: number; size: number; hidden?: boolean } | undefined;
      scaleSize(size: number): number;
    };
    labels(): Box[];
  };
};
declare const document: { querySelectorAll<T>(selector: string): ArrayLike<T> & Iterable<T> };

export interface LabelView {
  width: number;
  height: number;
  labels: Box[];
  /** Every node drawn, with where it stands in the canvas and its label. */
  nodes: Array<{ id: string; x: number; y: number; size: number; label: string }>;
  /** Pixels of the label layer inked outside every box the layer says it drew. */
  strayInk: number;
}

/** The label layer as drawn, once it has drawn a label. Runs in the page, so it refers to nothing outside. */
function readLabels(): LabelView | null {
  const ng = window.newsgraph;
  const layer = [...document.querySelectorAll<Canvas>('.graph canvas')].find((c) => c.classList.contains('sigma-labels'));
  if (!ng || !layer || !layer.width || ng.labels().length === 0) return null;
  const ratio = window.devicePixelRatio || 1;
  const labels = ng.labels();
  const nodes = ng.graph.nodes().flatMap((id) => {
    const shown = ng.sigma.getNodeDisplayData(id);
    if (!shown || shown.hidden) return [];
    const at = ng.sigma.framedGraphToViewport(shown);
    return [{ id, x: at.x, y: at.y, size: ng.sigma.scaleSize(shown.size), label: ng.graph.getNodeAttribute(id, 'label') }];
  });
  const data = layer.getContext('2d')?.getImageData(0, 0, layer.width, layer.height).data;
  let strayInk = 0;
  if (data) {
    for (let i = 3; i < data.length; i += 4) {
      if ((data[i] ?? 0) < 64) continue;
      const x = ((i >> 2) % layer.width) / ratio;
      const y = Math.floor((i >> 2) / layer.width) / ratio;
      // A pixel of slack around each box, for antialiasing.
      if (!labels.some((b) => x >= b.x - 1 && x <= b.x + b.width + 1 && y >= b.y - 1 && y <= b.y + b.height + 1)) strayInk++;
    }
  }
  return { width: layer.width / ratio, height: layer.height / ratio, labels, nodes, strayInk };
}

/** The labels of the graph on screen, once drawn. */
export async function labelView(page: Page): Promise<LabelView> {
  const handle = await page.waitForFunction(readLabels);
  const view = (await handle.jsonValue()) as LabelView;
  await handle.dispose();
  return view;
}

/** Asserts what a reader needs of the labels on screen: no two cover each other, none leaves the
 * canvas, the layer inks nothing outside them, and each node has one at most. */
export function expectReadableLabels(view: LabelView): void {
  const { labels, width, height } = view;
  for (const [i, a] of labels.entries()) {
    expect(a.x, a.node).toBeGreaterThanOrEqual(0);
    expect(a.x + a.width, a.node).toBeLessThanOrEqual(width);
    expect(a.y, a.node).toBeGreaterThanOrEqual(0);
    expect(a.y + a.height, a.node).toBeLessThanOrEqual(height);
    for (const b of labels.slice(i + 1)) {
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `${a.node} and ${b.node}`).toBe(false);
    }
  }
  expect(new Set(labels.map((b) => b.node)).size).toBe(labels.length);
  expect(view.strayInk).toBe(0);
}

/**
 * The dark ink of the hover layer away from a node's disc and near it (the row of its label, or the
 * rows above and below): its label, when pointed at. With `blank`, whether the layer holds no dark
 * ink at all. Run in the page, so it refers to nothing outside.
 */
function hoverInk({ at, blank }: { at: { x: number; y: number; size: number } | null; blank: boolean }): number | boolean {
  const layer = [...document.querySelectorAll<Canvas>('.graph canvas')].find((c) => c.classList.contains('sigma-hovers'));
  const data = layer && layer.width ? layer.getContext('2d')?.getImageData(0, 0, layer.width, layer.height).data : undefined;
  if (!layer || !data) return blank;
  const ratio = window.devicePixelRatio || 1;
  let ink = 0;
  for (let i = 3; i < data.length; i += 4) {
    // Dark ink only: the white box and its shadow are not the label.
    if ((data[i - 3] ?? 255) >= 128 || (data[i] ?? 0) <= 128) continue;
    const x = ((i >> 2) % layer.width) / ratio;
    const y = Math.floor((i >> 2) / layer.width) / ratio;
    if (!at || (Math.hypot(x - at.x, y - at.y) > at.size + 6 && Math.abs(y - at.y) < at.size + 40)) ink++;
  }
  return blank ? ink === 0 : ink;
}

/**
 * Points at up to `most` nodes, those with no label drawn first, and asserts each one's label then
 * shows: the legend's expand button names it and the hover layer, blank before, inks text near it
 * (not only its disc). Returns how many it tried.
 */
export async function expectLabelsOnHover(page: Page, view: LabelView, most: number): Promise<number> {
  // The mouse reaches only what is on screen.
  await page.locator('.graph').scrollIntoViewIfNeeded();
  const box = (await page.locator('.graph').boundingBox())!;
  const labelled = new Set(view.labels.map((b) => b.node));
  // A node whose disc another covers cannot be pointed at alone: those are left out.
  const alone = view.nodes.filter((n) => view.nodes.every((m) => m === n || Math.hypot(m.x - n.x, m.y - n.y) > n.size + m.size + 2));
  const inside = alone.filter((n) => n.x > 0 && n.x < view.width && n.y > 0 && n.y < view.height);
  const unlabelled = [...inside.filter((n) => !labelled.has(n.id)), ...inside.filter((n) => labelled.has(n.id))].slice(0, most);
  for (const node of unlabelled) {
    // Away from every node first, so the hover layer holds no other node's label.
    await page.mouse.move(box.x + 1, box.y + 1);
    await page.waitForFunction(hoverInk, { at: null, blank: true });
    await page.mouse.move(box.x + node.x, box.y + node.y);
    await page.locator('.legend button.expand', { hasText: `expand ${node.label}` }).waitFor();
    const ink = await page.waitForFunction(hoverInk, { at: node, blank: false });
    expect(await ink.jsonValue(), node.label).toBeGreaterThan(20);
    await ink.dispose();
  }
  await page.mouse.move(box.x + 1, box.y + 1);
  return unlabelled.length;
}
