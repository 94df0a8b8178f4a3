// A key's hash in two independent 32-bit halves, for the duplicate tables (see
// fingerprint-table.ts): `home` picks a slot, `check` is stored in it.

export class StringHash {
  home = 0;
  check = 0;

  /**
   * Hashes `s`, or its stretch from `from` to `to` (with a number that distinguishes keys of
   * different kinds, such as the channel of an address) in one pass: two multiply-rotate
   * lanes over two UTF-16 code units at a time, then murmur3's finalizer on each, which does
   * the avalanche. A stretch hashes as the same text on its own would.
   */
  of(s: string, seed = 0, from = 0, to = s.length): this {
    let h1 = 0x9747b28c ^ seed;
    let h2 = 0x1b873593 + Math.imul(seed, 0x85ebca6b);
    const n = to - from;
    let i = from;
    for (; i + 1 < to; i += 2) {
      const block = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
      h1 = Math.imul(h1 ^ block, 0xcc9e2d51);
      h1 = (h1 << 15) | (h1 >>> 17);
      h2 = Math.imul(h2 + block, 0x1b873593);
      h2 = (h2 << 13) | (h2 >>> 19);
    }
    if (i < to) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0xcc9e2d51);
      h2 = Math.imul(h2 + c, 0x1b873593);
    }
    this.home = finalize(h1 ^ n) >>> 0;
    this.check = finalize(h2 ^ Math.imul(n, 0x9e3779b1));
    return this;
  }

  /**
   * Hashes ASCII bytes `bytes[from..to)` as `of` hashes the same text decoded (an ASCII byte
   * is one UTF-16 code unit of the same value): keys read from a file's bytes meet keys read
   * from its text.
   */
  ofBytes(bytes: Uint8Array, seed: number, from: number, to: number): this {
    let h1 = 0x9747b28c ^ seed;
    let h2 = 0x1b873593 + Math.imul(seed, 0x85ebca6b);
    const n = to - from;
    let i = from;
    for (; i + 1 < to; i += 2) {
      const block = bytes[i] | (bytes[i + 1] << 16);
      h1 = Math.imul(h1 ^ block, 0xcc9e2d51);
      h1 = (h1 << 15) | (h1 >>> 17);
      h2 = Math.imul((h2 + block) | 0, 0x1b873593);
      h2 = (h2 << 13) | (h2 >>> 19);
    }
    if (i < to) {
      const c = bytes[i];
      h1 = Math.imul(h1 ^ c, 0xcc9e2d51);
      h2 = Math.imul((h2 + c) | 0, 0x1b873593);
    }
    this.home = finalize(h1 ^ n) >>> 0;
    this.check = finalize(h2 ^ Math.imul(n, 0x9e3779b1));
    return this;
  }

  /**
   * Hashes the bytes from `from` up to the first that `stops` marks (which must mark every
   * non-ASCII byte, and a byte that ends the text), as `ofBytes` would: finds a key's end and
   * hashes it in one pass. Returns where it stopped.
   */
  ofBytesUntil(bytes: Uint8Array, from: number, seed: number, stops: Uint8Array): number {
    let h1 = 0x9747b28c ^ seed;
    let h2 = 0x1b873593 + Math.imul(seed, 0x85ebca6b);
    let i = from;
    for (;;) {
      const a = bytes[i];
      if (stops[a] !== 0) break;
      const b = bytes[i + 1];
      if (stops[b] !== 0) {
        h1 = Math.imul(h1 ^ a, 0xcc9e2d51);
        h2 = Math.imul((h2 + a) | 0, 0x1b873593);
        i++;
        break;
      }
      const block = a | (b << 16);
      h1 = Math.imul(h1 ^ block, 0xcc9e2d51);
      h1 = (h1 << 15) | (h1 >>> 17);
      h2 = Math.imul((h2 + block) | 0, 0x1b873593);
      h2 = (h2 << 13) | (h2 >>> 19);
      i += 2;
    }
    const n = i - from;
    this.home = finalize(h1 ^ n) >>> 0;
    this.check = finalize(h2 ^ Math.imul(n, 0x9e3779b1));
    return i;
  }
}

function finalize(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
