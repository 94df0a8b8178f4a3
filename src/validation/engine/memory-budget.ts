// How a file's check keeps within its memory: its peak RSS stays under 256 MB (244 MiB)
// whatever the file's size (runners have gigabytes; the budget protects small self-hosted
// ones). Two things take memory: this process (Node itself, the heap, the buffers) and the
// duplicate tables, which grow with the rows. Tables too large for what is left are split into
// partitions, one in memory at a time, the others' keys waiting in a temporary file (see
// partitioned-table.ts).

import { FingerprintTable } from './fingerprint-table.ts';

/** Kept below 244 MiB by a margin for what a busy machine adds (seen: up to 5 MiB). */
const BUDGET_BYTES = 236 << 20;
/** Measured on generated files: peak RSS, less the tables. */
const PROCESS_BYTES = 74 << 20;

/** Partitions of the duplicate tables of a file of `expectedRows` rows: 1 when they fit whole. */
export function tablePartitions(expectedRows: number): number {
  const tables = tableBytes(expectedRows);
  let partitions = 1;
  while (tables / partitions > BUDGET_BYTES - PROCESS_BYTES) partitions *= 2;
  return partitions;
}

/**
 * The memory the duplicate tables take, all three counted: the partitions are decided before
 * the file is read, so before it is known whether it has Ids or User.UserIds.
 */
export function tableBytes(expectedRows: number): number {
  return 2 * FingerprintTable.bytesFor(expectedRows) + FingerprintTable.bytesFor(expectedUsers(expectedRows));
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
