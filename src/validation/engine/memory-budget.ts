// How a file's check keeps within its memory: its peak RSS stays under 256 MB (244 MiB)
// whatever the file's size (runners have gigabytes; the budget protects small self-hosted
// ones). Two things take memory: this process (Node itself, the heap, the buffers) and the
// duplicate tables, which grow with the rows. Tables too large for what is left are split into
// partitions, one in memory at a time, the others' keys waiting in a temporary file (see
// partitioned-table.ts). The keys queued for the tables take a few MiB more when there is
// room: their batches are then larger, and faster (see batched-table.ts).

import { batchKeys, MAX_BATCH, MIN_BATCH, QUEUED_KEY_BYTES, SORTED_KEY_BYTES } from './batched-table.ts';
import { FingerprintTable } from './fingerprint-table.ts';

/** Kept below 244 MiB by a margin for what a busy machine adds (seen: up to 5 MiB). */
const BUDGET_BYTES = 236 << 20;
/** Measured on generated files: peak RSS, less the tables. */
const PROCESS_BYTES = 74 << 20;
const TABLES_ROOM = BUDGET_BYTES - PROCESS_BYTES;

/**
 * Partitions of the duplicate tables of a file of `expectedRows` rows: 1 when they fit whole,
 * with the smallest batches.
 */
export function tablePartitions(expectedRows: number): number {
  let partitions = 1;
  while (tableBytes(expectedRows, partitions, MIN_BATCH) > TABLES_ROOM) partitions *= 2;
  return partitions;
}

/**
 * The largest batch (see batched-table.ts) the tables can queue within the budget: larger
 * batches are faster, but not worth another partition.
 */
export function batchLimit(expectedRows: number, partitions: number): number {
  let limit = MAX_BATCH;
  while (limit > MIN_BATCH && tableBytes(expectedRows, partitions, limit) > TABLES_ROOM) limit /= 2;
  return limit;
}

/**
 * The memory the duplicate tables take with their keys in `partitions` partitions and
 * batches of at most `maxBatch` keys, all three tables counted (the partitions are decided
 * before the file is read, so before it is known whether it has Ids or User.UserIds): one
 * partition of each, the keys queued for each, and the batch being applied.
 */
export function tableBytes(expectedRows: number, partitions = 1, maxBatch = MAX_BATCH): number {
  const keyCounts = [expectedRows, expectedRows, expectedUsers(expectedRows)];
  let bytes = 0;
  let largestBatch = 0;
  for (const keys of keyCounts) {
    const perPartition = keys / partitions;
    const batch = batchKeys(FingerprintTable.slotsFor(perPartition), maxBatch);
    bytes += FingerprintTable.bytesFor(perPartition) + batch * QUEUED_KEY_BYTES;
    largestBatch = Math.max(largestBatch, batch);
  }
  return bytes + largestBatch * SORTED_KEY_BYTES;
}

/**
 * As many users as rows: the most common list has one endpoint per user. A table sized for
 * fewer fills up, and every new key must then be sought to the end of its probe run in each
 * full table before it goes in the next: on a million users, that was six times the whole
 * check's time.
 */
export function expectedUsers(expectedRows: number): number {
  return expectedRows;
}
