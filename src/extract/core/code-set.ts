// A set of UTF-16 character codes as one bit each, for scans that ask about every character of
// every sentence (is it a surname, does a word open with it): a bit test is cheaper than a Set
// lookup, and 8 KB covers every code.

export class CodeSet {
  private readonly bits = new Uint32Array(0x10000 >>> 5);

  constructor(characters: Iterable<string> = []) {
    for (const c of characters) if (c.length === 1) this.add(c.charCodeAt(0));
  }

  add(code: number): void {
    this.bits[code >>> 5] = (this.bits[code >>> 5] as number) | (1 << (code & 31));
  }

  has(code: number): boolean {
    return (((this.bits[code >>> 5] as number) >>> (code & 31)) & 1) === 1;
  }
}
