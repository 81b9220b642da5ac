// Feature keys to their rows, by open addressing over one typed array of (fingerprint, row) pairs:
// the tagger looks up some twenty keys at every character it reads, and a Map keyed by numbers
// above 2^31 hashes each as a heap number, ten times slower. The pairs are 8 bytes a slot so the
// index stays in cache between the tagger's calls; a fingerprint is a second 32-bit hash of the key.

const EMPTY = -1;

function mix(low: number, high: number, seed: number): number {
  let h = Math.imul(low ^ Math.imul(high ^ seed, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 13);
}

export class FeatureIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(keys: Float64Array) {
    let size = 1;
    while (size < keys.length * 2) size *= 2;
    this.slots = new Int32Array(size * 2).fill(EMPTY);
    this.mask = size - 1;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as number;
      const low = key >>> 0;
      const high = (key / 4294967296) >>> 0;
      let slot = mix(low, high, 0) & this.mask;
      while (this.slots[2 * slot + 1] !== EMPTY) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = mix(low, high, 0x5bd1e995);
      this.slots[2 * slot + 1] = k;
    }
  }

  /** The row of the key, or −1. */
  get(key: number): number {
    const low = key >>> 0;
    const high = (key / 4294967296) >>> 0;
    const print = mix(low, high, 0x5bd1e995);
    let slot = mix(low, high, 0) & this.mask;
    for (;;) {
      const row = this.slots[2 * slot + 1] as number;
      if (row === EMPTY || this.slots[2 * slot] === print) return row;
      slot = (slot + 1) & this.mask;
    }
  }
}
