// Keys queued for a FingerprintTable and applied in batches. A lookup in a table of megabytes
// is a cache miss, and two per row were a third of the validation time. So keys are queued,
// and a batch is applied in the order of its slots (a counting sort on the top bits of `home`,
// stable, so repeated keys keep their file order): the table is then swept from start to end,
// which the CPU's prefetcher follows. The more keys a batch holds, the fewer of the table's
// cache lines each key costs: a batch holds about one key per 16 slots (a 64-byte line), from
// 32,768 keys up to 131,072 (a queue of 2 MiB a table, and a sorted copy of 2 MiB that the
// tables share), as the memory budget allows (see memory-budget.ts). A batch is applied in one
// loop of the table's own (FingerprintTable.addAll), and only the repeats reported come back.
// On the keys of a 1 GiB file, the tables became 1.2 to 1.7 times as fast as with batches of
// 32,768 applied key by key (bench/key-tables.ts).

import type { KeyList, KeySink } from '../rules/endpoint-keys.ts';
import type { FingerprintTable } from './fingerprint-table.ts';
import type { StringHash } from './string-hash.ts';

export const MIN_BATCH = 1 << 15;
export const MAX_BATCH = 1 << 17;
/** Slots of the table per key of a batch: one cache line of them. */
const SLOTS_PER_KEY = 16;
/**
 * From this many slots (2 MB) in the table that takes new keys, batches are applied in slot
 * order: a smaller table mostly stays in the CPU's cache.
 */
const SORTED_FROM_SLOTS = MIN_BATCH * SLOTS_PER_KEY;
const BUCKET_BITS = 15;
const BUCKET_SHIFT = 32 - BUCKET_BITS;
/** Bytes a key takes in a queue: its two halves, line and column. */
export const QUEUED_KEY_BYTES = 16;
/** Bytes a key of the batch being applied takes in the sorted copy that all tables share. */
export const SORTED_KEY_BYTES = 17;

/**
 * The batch being applied, in slot order, and the repeats found in it: one copy for all the
 * tables, which apply their batches one at a time (`onRepeat` only logs, and never applies a
 * batch itself).
 */
const sorted = {
  homes: new Uint32Array(0),
  checks: new Int32Array(0),
  /** Where each key is in its queue. */
  index: new Int32Array(0),
  buckets: new Int32Array((1 << BUCKET_BITS) + 1),
  /** Keys seen before (in the batch's order), and their counts. */
  repeats: new Int32Array(0),
  counts: new Uint8Array(0),
};

function sortedRoom(keys: number): typeof sorted {
  if (sorted.homes.length < keys) {
    sorted.homes = new Uint32Array(keys);
    sorted.checks = new Int32Array(keys);
    sorted.index = new Int32Array(keys);
    sorted.repeats = new Int32Array(keys);
    sorted.counts = new Uint8Array(keys);
  }
  return sorted;
}

/** Keys a batch holds, for a table of `slots` slots, and at most `limit` (a power of two). */
export function batchKeys(slots: number, limit = MAX_BATCH): number {
  let keys = MIN_BATCH;
  while (keys < limit && keys * 2 * SLOTS_PER_KEY <= slots) keys *= 2;
  return keys;
}

/** A file-wide table of one kind of key: keys go in in file order, and `finish` ends it. */
export interface KeyTable extends KeySink {
  /** Adds a key by its two halves (see StringHash). */
  addKey(home: number, check: number, line: number, column: number): void;
  /** All keys are in: what is left to apply is applied. */
  finish(): void;
  /** Distinct keys added. */
  readonly distinct: number;
}

/** How a BatchedTable queues keys, and which repeats it reports. */
export interface BatchOptions {
  /** The most keys a batch holds (a power of two): by default, 131,072. */
  maxBatch?: number;
  /** Only repeats with this count are reported (for a counting table): by default, all. */
  reportedCount?: number;
}

/**
 * Queues keys for a FingerprintTable and applies them in batches (see above). `onRepeat` is
 * called, in slot order rather than file order, for each key seen before (or each seen
 * `reportedCount` times), with its count.
 */
export class BatchedTable implements KeyTable {
  readonly table: FingerprintTable;
  private readonly onRepeat: (count: number, line: number, column: number) => void;
  // Allocated on first use: a file without Ids never needs the Id queue.
  private homes = new Uint32Array(0);
  private checks = new Int32Array(0);
  private lines = new Int32Array(0);
  private columns = new Int32Array(0);
  private size = 0;
  private readonly maxBatch: number;
  private readonly reportedCount: number;

  constructor(
    table: FingerprintTable,
    onRepeat: (count: number, line: number, column: number) => void,
    options: BatchOptions = {},
  ) {
    this.table = table;
    this.onRepeat = onRepeat;
    this.maxBatch = options.maxBatch ?? MAX_BATCH;
    // The table writes out only the repeats reported: a user's second to fifteenth rows cost
    // no more than new keys.
    this.reportedCount = options.reportedCount ?? 0;
  }

  get distinct(): number {
    return this.table.distinct;
  }

  add(hash: StringHash, line: number, column: number): void {
    this.addKey(hash.home, hash.check, line, column);
  }

  addKeys(keys: KeyList, count: number): void {
    for (let from = 0; from < count;) {
      if (this.homes.length === 0) this.allocate();
      const n = Math.min(count - from, this.homes.length - this.size);
      const to = from + n;
      this.homes.set(keys.homes.subarray(from, to), this.size);
      this.checks.set(keys.checks.subarray(from, to), this.size);
      this.lines.set(keys.lines.subarray(from, to), this.size);
      this.columns.set(keys.columns.subarray(from, to), this.size);
      this.size += n;
      from = to;
      if (this.size === this.homes.length) this.flush();
    }
  }

  addKey(home: number, check: number, line: number, column: number): void {
    const i = this.size;
    if (i === this.homes.length) this.allocate();
    this.homes[i] = home;
    this.checks[i] = check;
    this.lines[i] = line;
    this.columns[i] = column;
    if (++this.size === this.homes.length) this.flush();
  }

  private allocate(): void {
    const keys = batchKeys(this.table.insertSlots, this.maxBatch);
    this.homes = new Uint32Array(keys);
    this.checks = new Int32Array(keys);
    this.lines = new Int32Array(keys);
    this.columns = new Int32Array(keys);
  }

  finish(): void {
    this.flush();
  }

  /**
   * Applies the queued keys. Its loops are functions of their own (see sortBySlot): a long loop
   * in a method called a few times is compiled while it runs, and the code after it, not yet
   * run, is compiled without knowing its types, thrown away when it runs, and compiled again.
   */
  flush(): void {
    const n = this.size;
    if (n === 0) return;
    this.size = 0;
    const batch = sortedRoom(n);
    if (this.table.insertSlots < SORTED_FROM_SLOTS) {
      // A table this small mostly stays in the CPU's cache: no need to sort. Nor any good:
      // keys inserted in slot order into a table not much larger than the batch pile up in
      // long probe runs, which makes lookups slower and false matches likelier.
      const found = this.table.addAll(
        this.homes,
        this.checks,
        n,
        batch.repeats,
        batch.counts,
        this.reportedCount,
      );
      if (found > 0) this.report(found, undefined);
      return;
    }
    sortBySlot(this.homes, this.checks, n, batch);
    const found = this.table.addAll(
      batch.homes,
      batch.checks,
      n,
      batch.repeats,
      batch.counts,
      this.reportedCount,
    );
    if (found > 0) this.report(found, batch.index);
  }

  /** Reports the `found` repeats of the batch applied: `index` says where each is in the queue, if it was sorted. */
  private report(found: number, index: Int32Array | undefined): void {
    const { repeats, counts } = sorted;
    const { lines, columns } = this;
    for (let r = 0; r < found; r++) {
      const i = index === undefined ? repeats[r] : index[repeats[r]];
      this.onRepeat(counts[r], lines[i], columns[i]);
    }
  }
}

/**
 * Copies the first `n` keys into `batch` in the order of their slots (a stable counting sort on
 * the top bits of `home`). Each loop is a function of its own: a long loop is compiled while
 * it runs, and in a function of several loops, the code after it, not yet run, would be
 * compiled without its types, then entered and thrown away again at every batch.
 */
function sortBySlot(homes: Uint32Array, checks: Int32Array, n: number, batch: typeof sorted): void {
  const { buckets } = batch;
  buckets.fill(0);
  countByBucket(homes, n, buckets);
  startsOfBuckets(buckets);
  placeByBucket(homes, checks, n, buckets, batch.homes, batch.checks, batch.index);
}

/** Counts the keys of each bucket, each at `buckets[bucket + 1]`. */
function countByBucket(homes: Uint32Array, n: number, buckets: Int32Array): void {
  for (let i = 0; i < n; i++) buckets[(homes[i] >>> BUCKET_SHIFT) + 1]++;
}

/** Turns counts into where each bucket starts. */
function startsOfBuckets(buckets: Int32Array): void {
  for (let b = 1; b < buckets.length; b++) buckets[b] += buckets[b - 1];
}

/** Copies each key to the next place of its bucket: `buckets[b]` is where bucket b's keys start. */
function placeByBucket(
  homes: Uint32Array,
  checks: Int32Array,
  n: number,
  buckets: Int32Array,
  sortedHomes: Uint32Array,
  sortedChecks: Int32Array,
  index: Int32Array,
): void {
  for (let i = 0; i < n; i++) {
    const at = buckets[homes[i] >>> BUCKET_SHIFT]++;
    sortedHomes[at] = homes[i];
    sortedChecks[at] = checks[i];
    index[at] = i;
  }
}
