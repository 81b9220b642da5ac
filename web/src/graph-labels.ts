// The graph view's labels: where each node's label goes, drawn once Sigma has offered every label of
// a frame, so that none covers another and none leaves the canvas; and the label of the node pointed
// at, on a white box. Sigma's own drawing would put every label to the right of its node, over its
// neighbours' and past the canvas's edge.

const LABEL_MARGIN = 4;

/** A label drawn in the last frame: the node it names and the box its text fills, in CSS pixels. */
export interface PlacedLabel {
  node: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The canvas in CSS pixels, as Sigma sizes it (its container's box). */
export type Dimensions = { width: number; height: number };

export type LabelData = { key?: string; x: number; y: number; size: number; label?: string | null; color: string };
type LabelSettings = { labelSize: number; labelFont: string; labelWeight: string; labelColor: { color?: string } };

/** A label's box is this many font sizes high, its top this many above the node's centre when beside it. */
const BOX_HEIGHT = 1.35;
const BOX_RISE = 0.75;

/**
 * The boxes a node's label may take, best first: to the right as Sigma draws it, to the left (for a
 * node near the right edge), centred above, centred below; each wholly inside the canvas, with the text cut
 * short with an ellipsis if wider than the canvas. Where none fits (a long name on a phone), the
 * label ends at the edge, over the node.
 */
function labelSpots(context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings, canvas: Dimensions): { label: string; boxes: PlacedLabel[] } {
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  // The canvas's width, less a margin a few pixels wide so no glyph touches its edge.
  const room = canvas.width - LABEL_MARGIN;
  const floor = canvas.height;
  let label = data.label ?? '';
  let width = context.measureText(label).width;
  while (label.length > 1 && width > room) {
    label = `${label.slice(0, -2)}…`;
    width = context.measureText(label).width;
  }
  const node = data.key ?? '';
  const height = size * BOX_HEIGHT;
  const beside = data.y - size * BOX_RISE;
  const centred = Math.min(Math.max(0, data.x - width / 2), room - width);
  const boxes = [
    { node, x: data.x + data.size + 3, y: beside, width, height },
    { node, x: data.x - data.size - 3 - width, y: beside, width, height },
    { node, x: centred, y: data.y - data.size - 2 - height, width, height },
    { node, x: centred, y: data.y + data.size + 2, width, height },
  ].filter((b) => b.x >= 0 && b.x + width <= room && b.y >= 0 && b.y + height <= floor);
  return { label, boxes: boxes.length ? boxes : [{ node, x: centred, y: Math.min(Math.max(0, beside), floor - height), width, height }] };
}

const overlaps = (a: PlacedLabel, b: PlacedLabel) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function fillLabel(context: CanvasRenderingContext2D, label: string, box: PlacedLabel, settings: LabelSettings): void {
  context.fillStyle = settings.labelColor.color ?? '#000';
  context.fillText(label, box.x, box.y + settings.labelSize * (BOX_RISE + 1 / 3));
}

/** A node's disc on screen, as a box a label had better not cover. */
export type Disc = { node: string; x: number; y: number; size: number };
/** Whether the label box covers another node's disc (its bounding square), without a box made for each check: it is asked for every spot of every label against every node, each frame. */
const covers = (box: PlacedLabel, disc: Disc) => disc.node !== box.node && disc.x + disc.size > box.x && disc.x - disc.size < box.x + box.width && disc.y + disc.size > box.y && disc.y - disc.size < box.y + box.height;

/**
 * Draws the labels Sigma chose for this frame, most important first (`rank`, lowest first), each in
 * the first of its spots that covers no label already drawn, and no other node's disc if a spot
 * allows; a label that fits nowhere is left out (it shows when its node is pointed at). Returns the
 * boxes drawn.
 */
export function placeLabels(context: CanvasRenderingContext2D, chosen: LabelData[], discs: Disc[], settings: LabelSettings, canvas: Dimensions, rank: (node: string) => number): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const order = [...chosen].sort((a, b) => rank(a.key ?? '') - rank(b.key ?? '') || b.size - a.size);
  for (const data of order) {
    // Sigma offers the labels of nodes just off the canvas too (panned or zoomed past): not drawn.
    if (!data.label || data.x < 0 || data.x > canvas.width || data.y < 0 || data.y > canvas.height) continue;
    const { label, boxes } = labelSpots(context, data, settings, canvas);
    const free = boxes.filter((b) => !placed.some((other) => overlaps(b, other)));
    const box = free.find((b) => !discs.some((disc) => covers(b, disc))) ?? free[0];
    if (!box) continue;
    fillLabel(context, label, box, settings);
    placed.push(box);
  }
  return placed;
}

/** The label of the node pointed at: on a white box, where its label stands or in the first of its
 * spots, over any other label. */
export function drawHoverInside(context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings, canvas: Dimensions, placed: readonly PlacedLabel[]): void {
  context.beginPath();
  context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
  context.fillStyle = '#fff';
  context.shadowColor = '#000';
  context.shadowBlur = 8;
  context.fill();
  if (data.label) {
    const { label, boxes } = labelSpots(context, data, settings, canvas);
    // Where its label stands already, if it has one; else the first spot.
    const box = placed.find((b) => b.node === data.key) ?? (boxes[0] as PlacedLabel);
    context.fillRect(box.x - 2, box.y - 2, box.width + 4, box.height + 4);
    context.shadowBlur = 0;
    fillLabel(context, label, box, settings);
  }
  context.shadowBlur = 0;
}
