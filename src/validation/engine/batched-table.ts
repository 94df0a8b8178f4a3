// Keys queued for a FingerprintTable and applied in batches. A lookup in a table of megabytes
// is a cache miss, and two per row were a third of the
// validation time. So keys are queued, and a batch is applied in the order of its slots
// (a counting sort on the top bits of `home`, stable, so repeated keys keep their file
// order): the table is then swept from start to end, which the CPU's prefetcher follows.

import type { KeySink } from '../rules/endpoint-keys.ts';
import type { FingerprintTable } from './fingerprint-table.ts';
import type { StringHash } from './string-hash.ts';

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
