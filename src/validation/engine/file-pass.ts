// One pass over an endpoint file, CSV or NDJSON, from start to end: its rows checked, their
// keys into the duplicate tables, and its bytes hashed, as they are read.

import { closeSync, openSync } from 'node:fs';
import { CsvValidator } from '../rules/csv-validator.ts';
import { DuplicateTables } from './duplicate-tables.ts';
import { FileHasher } from './file-hash.ts';
import type { FormatValidator } from '../rules/format-validator.ts';
import { LineReader } from './line-reader.ts';
import { tablePartitions } from './memory-budget.ts';
import { NdjsonValidator } from '../rules/ndjson-validator.ts';
import type { ProblemLog } from '../problem-log.ts';
import { StatisticsCounter } from '../statistics.ts';
import type { FileFormat, TablesUsed, ValidateFileOptions } from '../types.ts';
import { reportInvalidUtf8, Utf8ChunkDecoder } from './utf8-decoder.ts';

/** validateFile's options for the pass, with what it has found out before reading the file. */
export type FilePassOptions = Pick<
  ValidateFileOptions,
  'temporaryDirectory' | 'partitions' | 'ndjsonLineAcceptor'
> & {
  maxProblems: number;
  /** Rows the file is expected to have: sizes the duplicate tables. */
  expectedRows: number;
};

export interface FilePassResult {
  duplicateTables: TablesUsed;
  sha256: string;
  /** Rows, channels and attributes of the whole file. */
  counted: StatisticsCounter;
  distinctUsers: number;
  /** Whether the file had content beyond blank lines (for CSV, a header). */
  sawHeader: boolean;
  /** A whole-file problem (a wrong separator…): the rest of the file was not worth checking. */
  gaveUp: boolean;
}

export function checkFileInOnePass(
  path: string,
  size: number,
  format: FileFormat,
  log: ProblemLog,
  options: FilePassOptions,
): FilePassResult {
  const tables = new DuplicateTables(options.maxProblems, options.expectedRows, {
    partitions: options.partitions ?? tablePartitions(options.expectedRows),
    temporaryDirectory: options.temporaryDirectory,
  });
  const fd = openSync(path, 'r');
  try {
    const hasher = new FileHasher(fd, size);
    const counted = new StatisticsCounter();
    const ndjson =
      format === 'json'
        ? new NdjsonValidator(log, tables, counted, options.ndjsonLineAcceptor ?? true)
        : undefined;
    const validator: FormatValidator = ndjson ?? new CsvValidator(log, tables, counted);
    const reader = new LineReader(fd, size, hasher.feed);
    const decoder = new Utf8ChunkDecoder();
    for (let piece = reader.next(); piece !== undefined; piece = reader.next()) {
      const { text, invalidAt } = decoder.decode(piece);
      if (invalidAt >= 0) {
        const { line, column } = validator.positionIn(text, invalidAt);
        reportInvalidUtf8(log, line, column);
      }
      validator.feed(text);
      if (validator.gaveUp) break;
    }
    validator.end();
    // Each custom attribute's first use in the file, in file order: whether a name is one too
    // many depends on those before it.
    for (const use of ndjson?.attributeUses ?? []) {
      validator.rules.noteAttribute(use.name, use.line, use.column);
      counted.noteAttribute(use.name);
    }
    tables.finish(log);
    return {
      duplicateTables: tables.used,
      sha256: hasher.digest(),
      counted,
      distinctUsers: tables.distinctUsers,
      sawHeader: validator.sawHeader,
      gaveUp: validator.gaveUp,
    };
  } finally {
    closeSync(fd);
    tables.close();
  }
}
