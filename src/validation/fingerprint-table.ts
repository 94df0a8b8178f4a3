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
// another is added; a lookup searches all of them. Sizing the first one from the
// expected row count keeps that to one table in the usual case.
//
// A lookup in a table of megabytes is a cache miss, and two per row were a third of the
// validation time. So keys are queued, and a batch is applied in the order of its slots
// (a counting sort on the top bits of `home`, stable, so repeated keys keep their file
// order): the table is then swept from start to end, which the CPU's prefetcher follows.

import type { KeySink } from './endpoint-keys.ts';

const LOAD_FACTOR = 0.9;
const COUNT_MASK = 31; // counters keep a saturating count of 1..31 in the low 5 bits
const MIN_SLOTS = 1024;

export class StringHash {
  home = 0;
  check = 0;

  /**
   * Hashes `s`, or its part from `from` to `to` (with a number that distinguishes keys of
   * different kinds, such as the channel of an address) in one pass: two multiply-rotate
   * lanes over two UTF-16 code units at a time, then murmur3's finalizer on each, which does
   * the avalanche. A part hashes as the same text on its own would.
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
}

function slotsFor(expectedKeys: number): number {
  return Math.max(MIN_SLOTS, Math.ceil(expectedKeys / LOAD_FACTOR));
}

function finalize(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

interface Table {
  slots: Int32Array;
  /** Maps a 32-bit `home` onto a slot: slots.length / 2^32. */
  scale: number;
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
    this.nextSlots = slotsFor(expectedKeys);
  }

  /** The memory a table for `expectedKeys` keys takes. */
  static bytesFor(expectedKeys: number): number {
    return slotsFor(expectedKeys) * Int32Array.BYTES_PER_ELEMENT;
  }

  /** Adds one occurrence of the key; returns how many times it has now been seen (1 = new). */
  add(home: number, check: number): number {
    const mask = this.keyMask;
    let key = check & mask;
    if (key === 0 && !this.counting) key = 1; // 0 marks a free slot
    const tables = this.tables;
    const last = tables.length - 1;
    for (let t = 0; t <= last; t++) {
      const table = tables[t];
      const slots = table.slots;
      const size = slots.length;
      let i = Math.floor(home * table.scale);
      for (;;) {
        const word = slots[i];
        if (word === 0) break;
        if ((word & mask) === key) {
          if (!this.counting) return 2;
          const count = word & COUNT_MASK;
          if (count === COUNT_MASK) return COUNT_MASK;
          slots[i] = word + 1;
          return count + 1;
        }
        if (++i === size) i = 0;
      }
      if (t === last && table.used < table.limit) {
        // Not found anywhere, and `i` is the free slot that ends this key's probe run.
        slots[i] = this.counting ? key | 1 : key;
        table.used++;
        this.distinct++;
        return 1;
      }
    }
    this.grow();
    return this.add(home, check);
  }

  /**
   * Empties the table for another set of keys, in the same memory (see PartitionedTable).
   * `distinct` keeps counting.
   */
  clear(): void {
    this.tables.length = Math.min(this.tables.length, 1);
    if (this.tables.length === 0) return;
    const first = this.tables[0];
    first.slots.fill(0);
    first.used = 0;
    this.nextSlots = Math.max(MIN_SLOTS, Math.ceil(first.slots.length / 4));
  }

  /** Slots of the table that new keys go to. */
  get insertSlots(): number {
    return this.tables.length === 0 ? this.nextSlots : this.tables[this.tables.length - 1].slots.length;
  }

  private grow(): void {
    const slots = this.nextSlots;
    this.tables.push({
      slots: new Int32Array(slots),
      scale: slots / 2 ** 32,
      used: 0,
      limit: Math.floor(slots * LOAD_FACTOR),
    });
    // The first table is sized for the whole file: one that fills up means the estimate was
    // a little short, and a quarter more is a better bet than doubling the memory.
    if (this.tables.length === 1) this.nextSlots = Math.max(MIN_SLOTS, Math.ceil(slots / 4));
  }
}

const BATCH = 1 << 15;
/**
 * From this many slots (2 MB, 16 per key of a batch) in the table that takes new keys,
 * batches are applied in slot order.
 */
const SORTED_FROM_SLOTS = BATCH * 16;
const BUCKET_BITS = 15;

/** A file-wide table of one kind of key: keys go in in file order, and `finish` ends it. */
export interface KeyTable extends KeySink {
  /** Adds a key by its two halves (see StringHash). */
  addKey(home: number, check: number, line: number, column: number): void;
  /** All keys are in: what is left to apply is applied. */
  finish(): void;
  /** Distinct keys added. */
  readonly distinct: number;
}

/**
 * Queues keys for a FingerprintTable and applies them in batches (see above). `onRepeat` is
 * called, in slot order rather than file order, for each key seen before, with its count.
 */
export class BatchedTable implements KeyTable {
  readonly table: FingerprintTable;
  private readonly onRepeat: (count: number, line: number, column: number) => void;
  // Allocated on first use: a file without Ids never needs the Id queue.
  private homes = new Uint32Array(0);
  private checks = new Int32Array(0);
  private lines = new Int32Array(0);
  private columns = new Int32Array(0);
  private order = new Uint32Array(0);
  private buckets = new Uint32Array(0);
  private size = 0;

  constructor(table: FingerprintTable, onRepeat: (count: number, line: number, column: number) => void) {
    this.table = table;
    this.onRepeat = onRepeat;
  }

  get distinct(): number {
    return this.table.distinct;
  }

  add(hash: StringHash, line: number, column: number): void {
    this.addKey(hash.home, hash.check, line, column);
  }

  addKey(home: number, check: number, line: number, column: number): void {
    const i = this.size;
    if (i === this.homes.length) this.allocate();
    this.homes[i] = home;
    this.checks[i] = check;
    this.lines[i] = line;
    this.columns[i] = column;
    if (++this.size === BATCH) this.flush();
  }

  private allocate(): void {
    this.homes = new Uint32Array(BATCH);
    this.checks = new Int32Array(BATCH);
    this.lines = new Int32Array(BATCH);
    this.columns = new Int32Array(BATCH);
    this.order = new Uint32Array(BATCH);
    this.buckets = new Uint32Array((1 << BUCKET_BITS) + 1);
  }

  finish(): void {
    this.flush();
  }

  /** Applies the queued keys. */
  flush(): void {
    const n = this.size;
    if (n === 0) return;
    this.size = 0;
    const { homes, checks, order, buckets } = this;
    if (this.table.insertSlots < SORTED_FROM_SLOTS) {
      // A table this small mostly stays in the CPU's cache: no need to sort. Nor any good:
      // keys inserted in slot order into a table not much larger than the batch pile up in
      // long probe runs, which makes lookups slower and false matches likelier.
      for (let i = 0; i < n; i++) {
        const count = this.table.add(homes[i], checks[i]);
        if (count > 1) this.onRepeat(count, this.lines[i], this.columns[i]);
      }
      return;
    }
    const shift = 32 - BUCKET_BITS;
    buckets.fill(0);
    for (let i = 0; i < n; i++) buckets[(homes[i] >>> shift) + 1]++;
    for (let b = 1; b < buckets.length; b++) buckets[b] += buckets[b - 1];
    for (let i = 0; i < n; i++) order[buckets[homes[i] >>> shift]++] = i;
    for (let k = 0; k < n; k++) {
      const i = order[k];
      const count = this.table.add(homes[i], checks[i]);
      if (count > 1) this.onRepeat(count, this.lines[i], this.columns[i]);
    }
  }
}
