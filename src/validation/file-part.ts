// One part of a CSV or NDJSON file, checked on its own: the rows from a line start to the
// first place at or after the part's end where a row ends. The parts of a file can then be
// checked on several threads at once and their results added up in file order (see
// file-in-parts.ts).
//
// A part assumes that a row starts where it starts. If the part before it ran on (a quoted
// line break, an unterminated quote, blank lines, a line too long to hold), that was wrong,
// and file-in-parts.ts checks the part again from where the one before really stopped.

import type { ColumnPlan } from './header-rules.ts';
import { CsvValidator } from './csv-validator.ts';
import { recordEndpointKeys, type EndpointKeys, type RecordedEndpointKeys } from './endpoint-keys.ts';
import type { FileHasher } from './file-hash.ts';
import type { FormatValidator } from './format-validator.ts';
import { LineReader, lineStartFrom } from './line-reader.ts';
import { NdjsonValidator, type AttributeUse } from './ndjson-validator.ts';
import { ProblemLog, type ProblemLogContents } from './problem-log.ts';
import { Utf8ChunkDecoder } from './utf8-decoder.ts';

/** The plan of an NDJSON file's parts: every line is an object, there is no header. */
export const NDJSON = 'ndjson';

/**
 * What a part's rows are checked against: the CSV header's column plan, or NDJSON's.
 * Undefined for the part of a CSV file that starts with the header.
 */
export type PartPlan = ColumnPlan | typeof NDJSON;

export interface SegmentTask {
  /** Where the part starts: a line start. */
  start: number;
  /** Where it ends: a line start (or the file's size); the last row may run past it. */
  end: number;
  size: number;
  plan: PartPlan | undefined;
  maxProblems: number;
}

export interface SegmentResult {
  start: number;
  /** The part's end, as in its task. */
  end: number;
  /** Where its last row ended: `end`, or further (or the file's size). */
  stop: number;
  /** Line breaks from start to stop. Lines in `problems` and `keys` count from 1 at start. */
  lines: number;
  rows: number;
  channelCounts: Float64Array;
  problems: ProblemLogContents;
  /** The keys, when recorded rather than handed on. */
  keys: RecordedEndpointKeys | undefined;
  /** Where the part is first not UTF-8, if it is anywhere. */
  invalidUtf8: { line: number; column: number } | undefined;
  // Set by the part with a CSV header:
  plan: ColumnPlan | undefined;
  attributes: string[];
  /** NDJSON: each custom attribute's first use in the part, for the file to check in order. */
  attributeUses: AttributeUse[];
  sawHeader: boolean;
  /** A whole-file problem (a wrong separator…): the rest of the file is not worth checking. */
  gaveUp: boolean;
}

export interface SegmentOptions {
  /**
   * Where the keys go, for the part next in file order (its lines counted from the file's
   * start); without it, they are recorded in the result.
   */
  keys?: EndpointKeys;
  /** Arrays of keys already applied, to record into rather than allocate. */
  reuse?: RecordedEndpointKeys;
  /** Hashes the bytes as they are read, when they come in file order. */
  hasher?: FileHasher;
}

/** Checks a part. */
export function validateSegment(fd: number, task: SegmentTask, options: SegmentOptions = {}): SegmentResult {
  const { keys, reuse, hasher } = options;
  const log = new ProblemLog(task.maxProblems);
  // Rows are rarely shorter than 48 bytes: enough room for most parts' keys at once.
  const recorder =
    keys === undefined ? recordEndpointKeys(Math.ceil((task.end - task.start) / 48), reuse) : undefined;
  const csv = task.plan === NDJSON ? undefined : new CsvValidator(log, keys ?? recorder!, task.plan);
  const ndjson =
    csv === undefined ? new NdjsonValidator(log, keys ?? recorder!, task.start === 0) : undefined;
  const validator: FormatValidator = csv ?? ndjson!;
  const reader = new LineReader(fd, task.size, task.start, task.end, hasher?.feed);
  const decoder = new Utf8ChunkDecoder(task.start === 0);
  let invalidUtf8: SegmentResult['invalidUtf8'];
  let stop = task.size;
  // An empty part (a line longer than a part began before it) has nothing to check.
  if (task.start >= task.end && task.plan !== undefined) stop = task.start;
  else
    for (let piece = reader.next(); piece !== undefined; piece = reader.next()) {
      const { text, invalidAt } = decoder.decode(piece);
      if (invalidAt >= 0) invalidUtf8 = validator.positionIn(text, invalidAt);
      validator.feed(text);
      if (validator.gaveUp) break;
      if (reader.offset >= task.end && reader.offset < task.size) {
        if (validator.atPartBoundary) {
          stop = reader.offset;
          break;
        }
        reader.singleLines = true; // a row runs on past the end: find where it stops
      }
    }
  if (stop === task.size) validator.end();
  return {
    start: task.start,
    end: task.end,
    stop,
    lines: validator.linesConsumed,
    rows: validator.rules.rows,
    channelCounts: validator.rules.channelCounts,
    problems: log.contents(),
    keys: recorder?.take(),
    invalidUtf8,
    plan: task.plan === undefined ? csv?.columnPlan : undefined,
    attributes: [...validator.rules.attributes],
    attributeUses: ndjson?.attributeUses ?? [],
    sawHeader: validator.sawHeader,
    gaveUp: validator.gaveUp,
  };
}

/** A part with no rows: the rows of the parts before it ran past all of it. */
export function emptyResult(at: number): SegmentResult {
  return {
    start: at,
    end: at,
    stop: at,
    lines: 0,
    rows: 0,
    channelCounts: new Float64Array(0),
    problems: { problems: [], byRule: {}, errorCount: 0, warningCount: 0 },
    keys: undefined,
    invalidUtf8: undefined,
    plan: undefined,
    attributes: [],
    attributeUses: [],
    sawHeader: true,
    gaveUp: false,
  };
}

/** Part k of `count` parts of about `partBytes`, each from a line start to the next part's. */
export function segmentBounds(
  fd: number,
  k: number,
  partBytes: number,
  size: number,
): { start: number; end: number } {
  return {
    start: lineStartFrom(fd, k * partBytes, size),
    end: lineStartFrom(fd, (k + 1) * partBytes, size),
  };
}
