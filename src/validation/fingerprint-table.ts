// Duplicate detection and per-user counting over millions of rows without keeping the strings.
//
// Each key (an Id, a ChannelType+Address pair, a User.UserId) is hashed to two independent
// 32-bit halves: `home` picks the slot, `check` is stored in it. A table is a plain Int32Array
// with linear probing, so a key costs 4 bytes (plus the free slots), not the ~60 of a string in
// a Map. A false match needs two keys with the same stored half within one probe run: about
// one chance in 10^9 per lookup, and it can only cause a spurious duplicate *warning* (or merge
// two users' counts), never hide an error.
//
// Tables never rehash (the home half is not stored): when one fills up it is kept as it is and
// a larger one is added; a lookup searches all of them. Sizing the first one from the
// expected row count keeps that to one table in the usual case.

const LOAD_FACTOR = 0.8;
const COUNT_MASK = 31; // counters keep a saturating count of 1..31 in the low 5 bits
const MIN_SLOTS = 1024;

export class StringHash {
  home = 0;
  check = 0;

  /** Hashes the strings given, in order, as one key (murmur3-style, two seeds). */
  of(a: string, b?: string): this {
    let h1 = 0x9747b28c;
    let h2 = 0x1b873593;
    h1 = mixString(h1, a);
    h2 = mixString(h2 ^ 0x5bd1e995, a);
    if (b !== undefined) {
      h1 = mixString(Math.imul(h1, 31) ^ 0x1f, b);
      h2 = mixString(Math.imul(h2, 37) ^ 0x1f, b);
    }
    this.home = finalize(h1, a.length) >>> 0;
    this.check = finalize(h2 ^ 0x85ebca6b, a.length);
    return this;
  }
}

function mixString(h: number, s: string): number {
  const n = s.length;
  let i = 0;
  // Two UTF-16 code units per 32-bit block.
  for (; i + 1 < n; i += 2) h = mixBlock(h, s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16));
  if (i < n) h = mixBlock(h, s.charCodeAt(i));
  return h;
}

function mixBlock(h: number, block: number): number {
  let k = Math.imul(block, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finalize(h: number, length: number): number {
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

interface Table {
  slots: Int32Array;
  used: number;
  limit: number;
}

/**
 * A set of hashed keys, or with `counting`, a multiset that counts each key's occurrences
 * (saturating at 31, enough for a limit of 15).
 */
export class FingerprintTable {
  /** Distinct keys added. */
  distinct = 0;
  private readonly tables: Table[] = [];
  private readonly counting: boolean;
  private readonly keyMask: number;
  private nextSlots: number;

  constructor(expectedKeys: number, counting = false) {
    this.counting = counting;
    this.keyMask = counting ? ~COUNT_MASK : -1;
    this.nextSlots = Math.max(MIN_SLOTS, Math.ceil(expectedKeys / LOAD_FACTOR));
  }

  /** Adds one occurrence of the key; returns how many times it has now been seen (1 = new). */
  add(hash: StringHash): number {
    const mask = this.keyMask;
    let key = hash.check & mask;
    if (key === 0 && !this.counting) key = 1; // 0 marks a free slot
    const tables = this.tables;
    const last = tables.length - 1;
    for (let t = 0; t <= last; t++) {
      const slots = tables[t].slots;
      const size = slots.length;
      let i = Math.floor((hash.home * size) / 4294967296);
      for (;;) {
        const word = slots[i];
        if (word === 0) break;
        if ((word & mask) === key) {
          if (!this.counting) return 2;
          const count = word & COUNT_MASK;
          if (count < COUNT_MASK) slots[i] = word + 1;
          return count + 1;
        }
        if (++i === size) i = 0;
      }
      if (t === last && tables[t].used < tables[t].limit) {
        // Not found anywhere, and `i` is the free slot that ends this key's probe run.
        slots[i] = this.counting ? key | 1 : key;
        tables[t].used++;
        this.distinct++;
        return 1;
      }
    }
    this.grow();
    return this.add(hash);
  }

  private grow(): void {
    const slots = this.nextSlots;
    this.tables.push({ slots: new Int32Array(slots), used: 0, limit: Math.floor(slots * LOAD_FACTOR) });
    this.nextSlots = slots * 2;
  }
}
