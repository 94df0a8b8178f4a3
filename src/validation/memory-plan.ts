// How a file's check shares out its memory: its peak RSS stays under 256 MB (244 MiB)
// whatever the file's size (runners have gigabytes; the budget protects small self-hosted ones). Three things take memory: this thread (Node itself, the heap, the
// buffers), each worker thread, and the duplicate tables, which grow with the rows. Tables
// too large for what is left are split into partitions, one in memory at a time, the others'
// keys waiting in a temporary file (see partitioned-table.ts).

import { FingerprintTable } from './fingerprint-table.ts';

/** Kept below 244 MiB by a margin for what a busy machine adds (seen: up to 5 MiB). */
const BUDGET_BYTES = 236 << 20;
/** Measured on generated files: peak RSS, less the tables, on one thread. */
const MAIN_THREAD_BYTES = 74 << 20;
/** Measured: what a worker thread adds at most. */
const WORKER_BYTES = 36 << 20;
/**
 * A worker is started only if it leaves the tables this much memory: with less, they would
 * need too many partitions.
 */
const MIN_TABLE_BYTES = 8 << 20;

export interface MemoryPlan {
  workers: number;
  /** Partitions of the duplicate tables (a power of two): 1 when they fit in memory. */
  partitions: number;
}

/**
 * The plan for a file of `expectedRows` rows that could use `wantedWorkers` worker threads.
 * `workers` or `partitions` fixes that figure (tests and benchmarks).
 */
export function planMemory(
  expectedRows: number,
  wantedWorkers: number,
  fixed: { workers?: number; partitions?: number } = {},
): MemoryPlan {
  const tables = tableBytes(expectedRows);
  const workers =
    fixed.workers ??
    Math.max(
      0,
      Math.min(
        wantedWorkers,
        Math.floor((BUDGET_BYTES - MAIN_THREAD_BYTES - MIN_TABLE_BYTES) / WORKER_BYTES),
      ),
    );
  const room = Math.max(MIN_TABLE_BYTES, BUDGET_BYTES - MAIN_THREAD_BYTES - workers * WORKER_BYTES);
  let partitions = fixed.partitions ?? 1;
  if (fixed.partitions === undefined) while (tables / partitions > room) partitions *= 2;
  return { workers, partitions };
}

/**
 * The memory the duplicate tables take, all three counted: the plan is made before the file is
 * read, so before it is known whether it has Ids or User.UserIds.
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
