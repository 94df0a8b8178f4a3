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
import { reportInvalidUtf8, Utf8PartDecoder } from './utf8-decoder.ts';

/** validateFile's options for the pass, with what it has found out before reading the file. */
export type FilePassOptions = Pick<
  ValidateFileOptions,
  'temporaryDirectory' | 'partitions' | 'ndjsonLineAcceptor'
> & {
  maxProblems: number;
  /** Rows the file is expected to have: sizes the duplicate tables. */
  expectedRows: number;
  /**
   * For tests (the report is the same either way): false to check every CSV row through the
   * scanner and the full rules, without CsvRowAcceptor (default true); the size of the parts read.
   */
  csvRowAcceptor?: boolean;
  partBytes?: number;
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
    const ndjson =
      format === 'json'
        ? new NdjsonValidator(log, tables, counted, options.ndjsonLineAcceptor ?? true)
        : undefined;
    const csv = ndjson === undefined ? new CsvValidator(log, tables, counted) : undefined;
    const validator: FormatValidator = ndjson ?? csv!;
    const reader = new LineReader(fd, size, hasher.feed, undefined, options.partBytes);
    const decoder = new Utf8PartDecoder();
    const feed = (part: Buffer): void => {
      const { text, invalidAt } = decoder.decode(part);
      if (invalidAt >= 0) {
        const { line, column } = validator.positionIn(text, invalidAt);
        reportInvalidUtf8(log, line, column);
      }
      validator.feed(text);
    };
    const parts = csv !== undefined && options.csvRowAcceptor !== false ? new CsvParts(csv, feed) : undefined;
    for (let part = reader.next(); part !== undefined; part = reader.next()) {
      if (parts !== undefined) parts.feed(part);
      else feed(part);
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
      rowsAccepted: parts?.rowsAccepted ?? 0,
    };
  } finally {
    closeSync(fd);
    tables.close();
  }
}

/** Rows of a part handed one by one to the full path, at most: see CsvParts. */
const ROWS_HANDED_OFF_ALONE = 8;
/** Parts left to the full path, at most, after one with more rows than that. */
const MAX_PARTS_SKIPPED = 64;

/**
 * The parts of a CSV file: in each (if valid UTF-8), the rows CsvRowAcceptor proves valid are
 * counted and keyed from its bytes; each other row, and what follows it until the scanner is
 * at a row boundary again, is decoded and fed to the validator.
 */
class CsvParts {
  /** Rows accepted so far. */
  rowsAccepted = 0;
  private readonly csv: CsvValidator;
  private readonly feedText: (part: Buffer) => void;
  /**
   * Where many rows are not accepted (a file of problems), trying the acceptor first and
   * handing rows off one at a time would cost more than it saves: after a part with more
   * than ROWS_HANDED_OFF_ALONE such rows, the next `skipped` parts go to the full path whole,
   * twice as many each time it happens again.
   */
  private skipped = 0;
  private partsToSkip = 0;

  constructor(csv: CsvValidator, feedText: (part: Buffer) => void) {
    this.csv = csv;
    this.feedText = feedText;
  }

  feed(part: Buffer): void {
    if (this.partsToSkip > 0 || !isUtf8(part)) {
      if (this.partsToSkip > 0) this.partsToSkip--;
      this.feedText(part);
      return;
    }
    const csv = this.csv;
    let from = 0;
    let handOffs = 0;
    for (;;) {
      const acceptor = csv.rowAcceptor();
      if (acceptor !== undefined) {
        from = acceptor.accept(part, from, csv.nextLine);
        csv.skipAcceptedRows(acceptor.linesAccepted);
        this.rowsAccepted += acceptor.linesAccepted;
      }
      if (from === part.length || csv.gaveUp) break;
      // To the full path: a row the acceptor left, alone (the scanner is then most often back
      // at a row boundary), unless the part has had many; the part's first line alone before
      // the header is read (it is most often the header, and the rows after it can go to the
      // acceptor); otherwise the rest.
      const lf = part.indexOf(10, from);
      const handOff = acceptor !== undefined && ++handOffs <= ROWS_HANDED_OFF_ALONE;
      const next = lf !== -1 && (handOff || (!csv.sawHeader && from === 0)) ? lf + 1 : part.length;
      this.feedText(part.subarray(from, next));
      from = next;
    }
    if (handOffs > ROWS_HANDED_OFF_ALONE) {
      this.skipped = Math.min(MAX_PARTS_SKIPPED, Math.max(1, this.skipped * 2));
      this.partsToSkip = this.skipped;
    } else {
      this.skipped = 0;
    }
  }
}
