// An endpoint file, CSV or NDJSON, checked in parts (see file-part.ts): by this thread alone,
// or, for a large file, by worker threads as well. The parts' results are added up in file
// order, so the report is the same either way. The same pass hashes the file.

import { closeSync, openSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  emptyResult,
  NDJSON,
  segmentBounds,
  validateSegment,
  type PartPlan,
  type SegmentResult,
  type SegmentTask,
} from './file-part.ts';
import { DuplicateTables } from './duplicate-tables.ts';
import { FileHasher } from './file-hash.ts';
import { EndpointRules } from './endpoint-rules.ts';
import type { RecordedEndpointKeys } from './endpoint-keys.ts';
import type { ProblemLog } from './problem-log.ts';
import { reportInvalidUtf8 } from './utf8-decoder.ts';
import { SegmentWorker } from './segment-worker.ts';
import { planMemory } from './memory-plan.ts';
import type { FileFormat, PartsChecked, TablesUsed, ValidateFileOptions } from './types.ts';

/** Parts of this size: large enough that handing one over costs nothing, small enough to share out. */
const PART_BYTES = 1 << 20;
/** Below this, starting a thread (some 40 ms, and its code warming up) costs more than it saves. */
const PARALLEL_FROM_BYTES = 24 << 20;

/** validateFile's options for the file's parts, with what it has found out before reading them. */
export type FileInPartsOptions = Pick<
  ValidateFileOptions,
  'temporaryDirectory' | 'partBytes' | 'workers' | 'partitions' | 'workerModule'
> & {
  maxProblems: number;
  /** Rows the file is expected to have: sizes the duplicate tables. */
  expectedRows: number;
};

export interface FileInPartsResult {
  parts: PartsChecked;
  duplicateTables: TablesUsed;
  sha256: string;
  rules: EndpointRules;
  distinctUsers: number;
  sawHeader: boolean;
  gaveUp: boolean;
}

export async function validateInParts(
  path: string,
  size: number,
  format: FileFormat,
  log: ProblemLog,
  options: FileInPartsOptions,
): Promise<FileInPartsResult> {
  const partBytes = options.partBytes ?? PART_BYTES;
  const parts = Math.max(1, Math.ceil(size / partBytes));
  const memory = planMemory(options.expectedRows, parts > 1 ? wantedWorkers(size) : 0, options);
  const tables = new DuplicateTables(options.maxProblems, options.expectedRows, {
    partitions: memory.partitions,
    temporaryDirectory: options.temporaryDirectory,
  });
  const fd = openSync(path, 'r');
  const hasher = new FileHasher(fd, size);
  // A CSV file's plan comes from its header, in the first part.
  const firstPlan = format === 'json' ? NDJSON : undefined;
  const file = new PartsInOrder(fd, size, partBytes, log, tables, hasher, options.maxProblems, firstPlan);
  const workers: SegmentWorker[] = [];
  let onWorkers = 0;
  try {
    const next = new Int32Array(new SharedArrayBuffer(4));
    for (let i = 0; i < (parts > 1 ? memory.workers : 0); i++) {
      // Started first: their start-up overlaps the check of the first part (a CSV file's header).
      const data = { fd, size, partBytes, parts, maxProblems: options.maxProblems, next };
      workers.push(
        new SegmentWorker(
          data,
          (index, result, worker) => {
            file.received(index, result, (keys) => worker.giveBack(keys));
            onWorkers++;
          },
          options.workerModule,
        ),
      );
    }
    Atomics.store(next, 0, 1);
    const header = file.checkHere(0);
    hasher.hashTo(partBytes);
    const goOn = file.plan !== undefined && !header.gaveUp && file.position < size;
    for (const worker of workers) worker.start(goOn ? file.plan : undefined);
    if (goOn) {
      for (let k = Atomics.add(next, 0, 1); k < parts; k = Atomics.add(next, 0, 1)) {
        file.checkHere(k);
        // The hash keeps up with the parts taken, this thread's and the worker's.
        hasher.hashTo(Atomics.load(next, 0) * partBytes);
        await nextTurn(); // lets the workers' results in
      }
      await Promise.all(workers.map((worker) => worker.finished));
      file.finish(parts);
    }
    tables.finish(log);
    return {
      sha256: hasher.digest(),
      parts: { count: parts, onWorkers, workerFailures: workers.flatMap((worker) => worker.failure ?? []) },
      duplicateTables: tables.used,
      rules: file.totals,
      distinctUsers: tables.distinctUsers,
      sawHeader: file.sawHeader,
      gaveUp: header.gaveUp,
    };
  } finally {
    // The workers read through this descriptor: they stop before it is closed.
    await Promise.all(workers.map((worker) => worker.stop()));
    closeSync(fd);
    tables.close();
  }
}

/** Worker threads a file could use: for a large one, one per further CPU (memory permitting). */
function wantedWorkers(size: number): number {
  return size < PARALLEL_FROM_BYTES ? 0 : availableParallelism() - 1;
}

/** Adds up the parts' results in file order, and checks again a part that began mid-row. */
export class PartsInOrder {
  /** Rows, channels and attributes of the whole file (the parts check the rows). */
  readonly totals: EndpointRules;
  plan: PartPlan | undefined;
  /** Whether any part had content beyond blank lines (for CSV, a header). */
  sawHeader = false;
  /** Where the rows added so far end, and how many lines they have. */
  position = 0;
  private lineOffset = 0;
  /** Parts added so far. */
  private merged = 0;
  /** Parts checked ahead of their turn, with where their recorded keys go once applied. */
  private readonly results = new Map<
    number,
    { result: SegmentResult; giveBack?: (keys: RecordedEndpointKeys) => void }
  >();
  private invalidUtf8Reported = false;
  /** Key arrays of this thread's parts, once applied: new ones for every part cost a GC's work. */
  private readonly spareKeys: RecordedEndpointKeys[] = [];

  private readonly fd: number;
  private readonly size: number;
  private readonly partBytes: number;
  private readonly log: ProblemLog;
  private readonly tables: DuplicateTables;
  private readonly hasher: FileHasher;
  private readonly maxProblems: number;

  constructor(
    fd: number,
    size: number,
    partBytes: number,
    log: ProblemLog,
    tables: DuplicateTables,
    hasher: FileHasher,
    maxProblems: number,
    plan: PartPlan | undefined,
  ) {
    this.plan = plan;
    this.fd = fd;
    this.size = size;
    this.partBytes = partBytes;
    this.log = log;
    this.tables = tables;
    this.hasher = hasher;
    this.maxProblems = maxProblems;
    this.totals = new EndpointRules(log, tables);
  }

  /** Checks part k on this thread: straight into the tables when it is the next in file order. */
  checkHere(k: number): SegmentResult {
    this.addReady();
    const { start, end } = segmentBounds(this.fd, k, this.partBytes, this.size);
    let result: SegmentResult;
    if (k === this.merged) {
      result = this.checkNext(end);
    } else {
      result = validateSegment(this.fd, this.task(start, end), { reuse: this.spareKeys.pop() });
      this.results.set(k, { result, giveBack: (keys) => this.spareKeys.push(keys) });
    }
    this.addReady();
    return result;
  }

  /** A part checked on another thread, and where its recorded keys go once applied. */
  received(k: number, result: SegmentResult, giveBack?: (keys: RecordedEndpointKeys) => void): void {
    this.results.set(k, { result, giveBack });
  }

  /** Adds the last parts, checking here any that a failed worker took and never returned. */
  finish(parts: number): void {
    this.addReady();
    while (this.merged < parts) {
      this.checkNext(segmentBounds(this.fd, this.merged, this.partBytes, this.size).end);
      this.addReady();
    }
  }

  private addReady(): void {
    for (
      let ready = this.results.get(this.merged);
      ready !== undefined;
      ready = this.results.get(this.merged)
    ) {
      const { result, giveBack } = ready;
      this.results.delete(this.merged);
      if (result.start === this.position) {
        this.add(result);
        this.merged++;
      } else {
        this.checkNext(result.end); // it began mid-row: the rows of the part before ran into it
      }
      if (giveBack !== undefined && result.keys !== undefined) giveBack(result.keys);
    }
  }

  /** Checks the next part in file order, from where the rows so far end, up to `end`. */
  private checkNext(end: number): SegmentResult {
    const from = this.position;
    const result =
      from < end
        ? validateSegment(this.fd, this.task(from, end), {
            keys: this.tables.withLineOffset(this.lineOffset),
            hasher: this.hasher,
          })
        : emptyResult(from); // the rows of the parts before ran past all of this one
    this.add(result);
    this.merged++;
    return result;
  }

  private add(result: SegmentResult): void {
    if (result.plan !== undefined) {
      this.plan = result.plan;
      for (const name of result.attributes) this.totals.attributes.add(name);
    }
    // Whether a name is new, and whether it is one too many, depends on the whole file so far.
    for (const use of result.attributeUses)
      this.totals.noteAttribute(use.name, use.line + this.lineOffset, use.column);
    this.sawHeader ||= result.sawHeader;
    if (result.invalidUtf8 !== undefined && !this.invalidUtf8Reported) {
      this.invalidUtf8Reported = true;
      reportInvalidUtf8(this.log, result.invalidUtf8.line + this.lineOffset, result.invalidUtf8.column);
    }
    this.log.merge(result.problems, this.lineOffset);
    if (result.keys !== undefined) this.tables.apply(result.keys, this.lineOffset);
    this.totals.addCounts(result.rows, result.channelCounts);
    this.position = result.stop;
    this.lineOffset += result.lines;
  }

  private task(start: number, end: number): SegmentTask {
    return { start, end, size: this.size, plan: this.plan, maxProblems: this.maxProblems };
  }
}
