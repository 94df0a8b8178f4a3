// Duplicate detection and per-user counting over millions of rows without keeping the strings.
//
// Each key (an Id, a ChannelType+Address pair, a User.UserId) is hashed to two independent
// 32-bit halves (see string-hash.ts): `home` picks the slot, `check` is stored in it. A table
// is a plain Int32Array with linear probing, so a key costs 4 bytes (plus the free slots), not
// the ~60 of a string in a Map. A false match needs two keys with the same stored half within
// one probe run: about one chance in 10^9 per lookup, and it can only cause a spurious
// duplicate *warning* (or merge two users' counts), never hide an error.
//
// Tables are filled to 90%. A lower load factor shortens the probe runs (1.5 slots per
// insert at 50% against 4.7 at 90%) but costs as much again in memory that must be touched
// for the first time and that falls out of the CPU's caches: on the keys of a 50 MB file,
// 50%, 70% and 80% were no faster (bench/key-tables.ts), so memory is not spent on it.
//
// Tables never rehash (the home half is not stored): when one fills up it is kept as it is and
// another is added; a lookup searches all of them. Sizing the first one from the
// expected row count keeps that to one table in the usual case. (Keys reach a table in
// batches, `addAll`: see batched-table.ts.)

const LOAD_FACTOR = 0.9;
const COUNT_MASK = 31; // counters keep a saturating count of 1..31 in the low 5 bits
const MIN_SLOTS = 1024;

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
    this.nextSlots = FingerprintTable.slotsFor(expectedKeys);
  }

  /** The slots of a table for `expectedKeys` keys. */
  static slotsFor(expectedKeys: number): number {
    return Math.max(MIN_SLOTS, Math.ceil(expectedKeys / LOAD_FACTOR));
  }

  /** The memory a table for `expectedKeys` keys takes. */
  static bytesFor(expectedKeys: number): number {
    return FingerprintTable.slotsFor(expectedKeys) * Int32Array.BYTES_PER_ELEMENT;
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
   * Adds keys `homes[k], checks[k]` for k from 0 to n, in that order, as `add` would one by
   * one. Each key seen before is written to `repeats` (its k) and `counts` (its count, from
   * 2), or with `only`, each seen that many times; returns how many there are.
   */
  addAll(
    homes: Uint32Array,
    checks: Int32Array,
    n: number,
    repeats: Int32Array,
    counts: Uint8Array,
    only = 0,
  ): number {
    if (this.tables.length === 0) this.grow();
    const tables = this.tables;
    const table = tables[0];
    let found = 0;
    // A first table that is full has been followed by others: the batch then goes key by key,
    // through all of them, as it does when it could fill the first.
    if (table.used + n > table.limit) {
      for (let k = 0; k < n; k++) {
        const count = this.add(homes[k], checks[k]);
        if (count > 1 && (only === 0 || count === only)) {
          repeats[found] = k;
          counts[found++] = count;
        }
      }
      return found;
    }
    // In runs of keys, each a call: V8 then compiles the loop with what it has seen of the
    // whole function, its end included. One call per batch was compiled mid-loop (on-stack
    // replacement), left at its end for want of that, and started again in the interpreter
    // with every batch.
    let used = table.used;
    const insert = this.counting ? insertCounting : insertKeys;
    for (let from = 0; from < n; from += RUN_KEYS) {
      found = insert(
        table.slots,
        table.scale,
        homes,
        checks,
        from,
        Math.min(n, from + RUN_KEYS),
        repeats,
        counts,
        found,
        only,
      );
      used += keysInserted;
    }
    this.distinct += used - table.used;
    table.used = used;
    return found;
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

/** Keys per call of insertCounting or insertKeys (see addAll). */
const RUN_KEYS = 4096;
/** The new keys of the last call of insertCounting or insertKeys. */
let keysInserted = 0;

/**
 * Inserts keys `from` to `to` of a batch into a counting table's slots; each key seen before
 * is written at `found` on in `repeats` and `counts` (see addAll). Returns the new `found`.
 */
function insertCounting(
  slots: Int32Array,
  scale: number,
  homes: Uint32Array,
  checks: Int32Array,
  from: number,
  to: number,
  repeats: Int32Array,
  counts: Uint8Array,
  found: number,
  only: number,
): number {
  const size = slots.length;
  const mask = ~COUNT_MASK;
  let inserted = 0;
  for (let k = from; k < to; k++) {
    const key = checks[k] & mask;
    let i = Math.floor(homes[k] * scale);
    for (;;) {
      const word = slots[i];
      if (word === 0) {
        slots[i] = key | 1;
        inserted++;
        break;
      }
      if ((word & mask) === key) {
        const count = word & COUNT_MASK;
        if (count !== COUNT_MASK) slots[i] = word + 1;
        const seen = count === COUNT_MASK ? COUNT_MASK : count + 1;
        if (only === 0 || seen === only) {
          repeats[found] = k;
          counts[found++] = seen;
        }
        break;
      }
      if (++i === size) i = 0;
    }
  }
  keysInserted = inserted;
  return found;
}

/** As insertCounting, for a table that only tells whether a key was seen. */
function insertKeys(
  slots: Int32Array,
  scale: number,
  homes: Uint32Array,
  checks: Int32Array,
  from: number,
  to: number,
  repeats: Int32Array,
  counts: Uint8Array,
  found: number,
  only: number,
): number {
  const size = slots.length;
  let inserted = 0;
  for (let k = from; k < to; k++) {
    const key = checks[k] | 0 || 1;
    let i = Math.floor(homes[k] * scale);
    for (;;) {
      const word = slots[i];
      if (word === 0) {
        slots[i] = key;
        inserted++;
        break;
      }
      if (word === key) {
        if (only === 0 || only === 2) {
          repeats[found] = k;
          counts[found++] = 2;
        }
        break;
      }
      if (++i === size) i = 0;
    }
  }
  keysInserted = inserted;
  return found;
}
