// A table of keys too large for the memory at hand, split into partitions by the top bits of
// the keys' `home` half, of which one is in memory at a time. Keys of the first partition go
// straight into the table; the others' wait in a temporary file. At the end of the file each
// partition in turn is applied to the same table, emptied first. A key always falls in the
// same partition, and a partition's keys keep their file order, so the repeats and counts
// found are those a table of the whole would find. It costs 16 bytes of disk per key that waits.

import type { BatchedTable, KeyTable } from './batched-table.ts';
import type { KeyList } from '../rules/endpoint-keys.ts';
import type { StringHash } from './string-hash.ts';
import type { SpillFile } from './spill-file.ts';

/** A waiting key: home, check, line, column. */
const KEY_INTS = 4;
/** Keys per block of the temporary file: 16 KiB. */
const BLOCK_KEYS = 1024;

export class PartitionedTable implements KeyTable {
  private readonly memory: BatchedTable;
  private readonly spill: () => SpillFile;
  /** log2 of the partition count: `home >>> (32 - bits)` is a key's partition. */
  private readonly bits: number;
  /** Per partition (the first has none): the keys not yet written, and the blocks written. */
  private readonly pending: Int32Array[];
  private readonly pendingKeys: number[];
  private readonly blocks: number[][];

  /**
   * `memory`: the table, sized for one partition. `partitions`: a power of two.
   * `spill`: the temporary file, created on first use.
   */
  constructor(memory: BatchedTable, partitions: number, spill: () => SpillFile) {
    if (partitions < 2 || (partitions & (partitions - 1)) !== 0) {
      throw new RangeError(`partitions must be a power of two from 2, not ${partitions}`);
    }
    this.memory = memory;
    this.spill = spill;
    this.bits = Math.log2(partitions);
    this.pending = Array.from({ length: partitions }, () => new Int32Array(0));
    this.pendingKeys = new Array<number>(partitions).fill(0);
    this.blocks = Array.from({ length: partitions }, () => []);
  }

  get distinct(): number {
    return this.memory.distinct;
  }

  add(hash: StringHash, line: number, column: number): void {
    this.addKey(hash.home, hash.check, line, column);
  }

  addKeys(keys: KeyList, count: number): void {
    const { homes, checks, lines, columns } = keys;
    for (let k = 0; k < count; k++) this.addKey(homes[k], checks[k], lines[k], columns[k]);
  }

  addKey(home: number, check: number, line: number, column: number): void {
    const p = home >>> (32 - this.bits);
    if (p === 0) {
      // The partition's bits say nothing within it: the rest of `home` picks the slot.
      this.memory.addKey((home << this.bits) >>> 0, check, line, column);
      return;
    }
    const n = this.pendingKeys[p];
    if (n === 0 && this.pending[p].length === 0) this.pending[p] = new Int32Array(BLOCK_KEYS * KEY_INTS);
    const block = this.pending[p];
    const at = n * KEY_INTS;
    block[at] = home;
    block[at + 1] = check;
    block[at + 2] = line;
    block[at + 3] = column;
    if (n + 1 === BLOCK_KEYS) {
      this.blocks[p].push(this.spill().append(new Uint8Array(block.buffer)));
      this.pendingKeys[p] = 0;
    } else {
      this.pendingKeys[p] = n + 1;
    }
  }

  /** Applies the first partition's keys, then each other partition's, in the same memory. */
  finish(): void {
    this.memory.finish();
    const block = new Int32Array(BLOCK_KEYS * KEY_INTS);
    const bytes = new Uint8Array(block.buffer);
    for (let p = 1; p < this.pending.length; p++) {
      if (this.blocks[p].length === 0 && this.pendingKeys[p] === 0) continue;
      this.memory.table.clear();
      for (const at of this.blocks[p]) {
        this.spill().read(bytes, at);
        this.replay(block, BLOCK_KEYS);
      }
      this.replay(this.pending[p], this.pendingKeys[p]);
      this.memory.finish();
    }
  }

  private replay(block: Int32Array, keys: number): void {
    const bits = this.bits;
    for (let k = 0; k < keys * KEY_INTS; k += KEY_INTS) {
      this.memory.addKey((block[k] << bits) >>> 0, block[k + 1], block[k + 2], block[k + 3]);
    }
  }
}
