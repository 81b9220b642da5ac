// The weight table as the repository keeps it: feature keys sorted and written as differences in
// base-128 varints, weights as 16-bit integers on one scale, the whole deflated and in base64. The
// generator (scripts/train-tagger.ts) encodes; the tagger decodes once, on first use.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { LABELS } from './labels.js';

export interface WeightTable {
  /** Feature keys, ascending. */
  keys: Float64Array;
  /** LABELS weights per key, in the keys' order. */
  weights: Float32Array;
  /** LABELS × LABELS: the score of label b following label a at a * LABELS + b. */
  transitions: Float32Array;
}

const MAGIC = 0x4e475431; // "NGT1"

export function encodeTable(table: WeightTable): string {
  const { keys, weights, transitions } = table;
  let most = 0;
  for (const w of weights) most = Math.max(most, Math.abs(w));
  for (const w of transitions) most = Math.max(most, Math.abs(w));
  const scale = most > 0 ? 32767 / most : 1;
  const varints: number[] = [];
  let previous = 0;
  for (const key of keys) {
    let d = key - previous;
    previous = key;
    while (d >= 128) {
      varints.push((d % 128) | 128);
      d = Math.floor(d / 128);
    }
    varints.push(d);
  }
  const head = Buffer.alloc(16);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(keys.length, 4);
  head.writeUInt32LE(varints.length, 8);
  head.writeFloatLE(scale, 12);
  const quantized = new Int16Array(weights.length + transitions.length);
  quantized.set(Array.from(weights, (w) => Math.round(w * scale)));
  quantized.set(Array.from(transitions, (w) => Math.round(w * scale)), weights.length);
  const body = Buffer.concat([head, Buffer.from(varints), Buffer.from(quantized.buffer)]);
  return deflateRawSync(body, { level: 9 }).toString('base64');
}

export function decodeTable(encoded: string): WeightTable {
  const body = inflateRawSync(Buffer.from(encoded, 'base64'));
  if (body.readUInt32LE(0) !== MAGIC) throw new Error('tagger: the weight table is not one this version reads');
  const count = body.readUInt32LE(4);
  const bytes = body.readUInt32LE(8);
  const scale = body.readFloatLE(12);
  const keys = new Float64Array(count);
  let at = 16;
  let key = 0;
  for (let k = 0; k < count; k++) {
    let d = 0;
    let factor = 1;
    for (;;) {
      const b = body[at++] as number;
      d += (b & 127) * factor;
      factor *= 128;
      if (b < 128) break;
    }
    key += d;
    keys[k] = key;
  }
  if (at !== 16 + bytes) throw new Error('tagger: the weight table is damaged');
  const q = new Int16Array(body.buffer.slice(body.byteOffset + at, body.byteOffset + body.length));
  const weights = new Float32Array(count * LABELS);
  for (let k = 0; k < weights.length; k++) weights[k] = (q[k] as number) / scale;
  const transitions = new Float32Array(LABELS * LABELS);
  for (let k = 0; k < transitions.length; k++) transitions[k] = (q[weights.length + k] as number) / scale;
  return { keys, weights, transitions };
}
