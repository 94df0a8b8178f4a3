// One pass over an endpoint file, CSV or NDJSON, from start to end: its rows checked, their
// keys into the duplicate tables, and its bytes hashed, as they are read.

import { isUtf8 } from 'node:buffer';
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
export type FilePassOptions = Pick<ValidateFileOptions, 'temporaryDirectory' | 'partitions'> & {
  maxProblems: number;
  /** Rows the file is expected to have: sizes the duplicate tables. */
  expectedRows: number;
  /**
   * For tests (the report is the same either way): false to check every CSV row through the
   * scanner and the full rules, without CsvRowAcceptor; the size of the pieces read.
   */
  acceptRows?: boolean;
  pieceBytes?: number;
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
  /** CSV rows found valid by CsvRowAcceptor, without the full rules. */
  rowsAccepted: number;
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
    const ndjson = format === 'json' ? new NdjsonValidator(log, tables, counted) : undefined;
    const csv = ndjson === undefined ? new CsvValidator(log, tables, counted) : undefined;
    const validator: FormatValidator = ndjson ?? csv!;
    const reader = new LineReader(fd, size, hasher.feed, undefined, options.pieceBytes);
    const decoder = new Utf8ChunkDecoder();
    const feed = (piece: Buffer): void => {
      const { text, invalidAt } = decoder.decode(piece);
      if (invalidAt >= 0) {
        const { line, column } = validator.positionIn(text, invalidAt);
        reportInvalidUtf8(log, line, column);
      }
      validator.feed(text);
    };
    const acceptRows = csv !== undefined && options.acceptRows !== false;
    let rowsAccepted = 0;
    for (let piece = reader.next(); piece !== undefined; piece = reader.next()) {
      if (acceptRows && isUtf8(piece)) rowsAccepted += feedCsvPiece(csv, piece, feed);
      else feed(piece);
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
      rowsAccepted,
    };
  } finally {
    closeSync(fd);
    tables.close();
  }
}

/**
 * A piece of CSV (valid UTF-8): the rows CsvRowAcceptor proves valid are counted and keyed
 * from its bytes; each other row, and what follows it until the scanner is at a row boundary
 * again, is decoded and fed to the validator. Returns the rows accepted.
 */
function feedCsvPiece(csv: CsvValidator, piece: Buffer, feed: (piece: Buffer) => void): number {
  let from = 0;
  let accepted = 0;
  for (;;) {
    const acceptor = csv.rowAcceptor();
    if (acceptor !== undefined) {
      from = acceptor.accept(piece, from, csv.nextLine);
      csv.skipAcceptedRows(acceptor.linesAccepted);
      accepted += acceptor.linesAccepted;
    }
    if (from === piece.length || csv.gaveUp) return accepted;
    // To the full path: a row the acceptor left, alone (the scanner is then most often back at
    // a row boundary); the piece's first line alone before the header is read (it is most
    // often the header, and the rows after it can go to the acceptor); otherwise the rest.
    const lf = piece.indexOf(10, from);
    const alone = acceptor !== undefined || (!csv.sawHeader && from === 0);
    const next = lf !== -1 && alone ? lf + 1 : piece.length;
    feed(piece.subarray(from, next));
    from = next;
  }
}
