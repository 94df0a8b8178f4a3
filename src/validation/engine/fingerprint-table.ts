// Duplicate detection and per-user counting over millions of rows without keeping the strings.
//
// Each key (an Id, a ChannelType+Address pair, a User.UserId) is hashed to two independent
// 32-bit halves (see string-hash.ts): `home` picks the slot, `check` is stored in it. A table is a plain Int32Array
// with linear probing, so a key costs 4 bytes (plus the free slots), not the ~60 of a string in
// a Map. A false match needs two keys with the same stored half within one probe run: about
// one chance in 10^9 per lookup, and it can only cause a spurious duplicate *warning* (or merge
// two users' counts), never hide an error.
//
// Tables never rehash (the home half is not stored): when one fills up it is kept as it is and
// another is added; a lookup searches all of them. Sizing the first one from the
// expected row count keeps that to one table in the usual case. (Keys reach a table in
// batches: see batched-table.ts.)

const LOAD_FACTOR = 0.9;
const COUNT_MASK = 31; // counters keep a saturating count of 1..31 in the low 5 bits
const MIN_SLOTS = 1024;

function slotsFor(expectedKeys: number): number {
  return Math.max(MIN_SLOTS, Math.ceil(expectedKeys / LOAD_FACTOR));
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
