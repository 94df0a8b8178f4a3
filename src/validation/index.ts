// Validation of an endpoint file: one streaming pass gives the verdict, the statistics and the
// SHA-256 of its bytes, in bounded memory whatever the file's size.
// Pure: libphonenumber-js and Node built-ins only, no AWS and no @actions/core.
//
// This file is the API the rest of the action uses (validateFile, and the parts the Customer
// Profiles conversion and the list diff share); behind it:
//   types.ts        the contract with callers: the report, its problems, statistics and options
//   problem-log.ts  the problems kept (the first in file order) and counted (all of them)
//   statistics.ts   what the file holds (rows, channels, attribute names), apart from the rules
//   rules/          what Pinpoint accepts, and the CSV and NDJSON validators (see rules/index.ts)
//   engine/         reading the file in one pass, and the tables of repeated keys, in bounded
//                   memory (see engine/index.ts)

import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { checkFileInOnePass, sizeOfFileToCheck, SpillError, type FilePassResult } from './engine/index.ts';
import { DEFAULT_MAX_PROBLEMS, ProblemLog } from './problem-log.ts';
import type { FileFormat, FileStatistics, ValidateFileOptions, ValidationReport } from './types.ts';

export type * from './types.ts';
export { maskAddress, redactAddresses, safeName, shapeOf } from '../privacy.ts';
export { DEFAULT_MAX_PROBLEMS, ProblemLog } from './problem-log.ts';
export { CHANNEL_TYPES, CsvScanner, suggest, type CsvRowSink } from './rules/index.ts';
export {
  LineReader,
  reportInvalidUtf8,
  sizeOfFileToCheck,
  StringHash,
  Utf8PartDecoder,
} from './engine/index.ts';

const FORMATS_BY_EXTENSION: Record<string, FileFormat> = {
  '.csv': 'csv',
  '.json': 'json',
  '.jsonl': 'json',
  '.ndjson': 'json',
};

/** The format a file name implies: `.csv` → csv; `.json`, `.jsonl`, `.ndjson` → json. */
export function formatFromFileName(path: string): FileFormat | undefined {
  return FORMATS_BY_EXTENSION[extname(path).toLowerCase()];
}

/** Validates an endpoint file against Pinpoint's import rules. Never throws for a bad file. */
export async function validateFile(path: string, options: ValidateFileOptions): Promise<ValidationReport> {
  const log = new ProblemLog(options.maxProblems);
  const statistics: FileStatistics = {
    rows: 0,
    bytes: 0,
    sha256: '',
    channels: {},
    distinctUsers: 0,
    attributes: [],
  };
  let checked: FilePassResult | undefined;
  const report = (): ValidationReport => ({
    format: options.format,
    problems: log.sorted(),
    problemsByRule: log.byRule,
    errorCount: log.errorCount,
    warningCount: log.warningCount,
    statistics,
    ...(checked === undefined ? {} : { duplicateTables: checked.duplicateTables }),
  });

  const size = await sizeOfFileToCheck(path, log);
  if (size === undefined) return report();
  statistics.bytes = size;
  // Checked before reading a byte: a file too large for Pinpoint need not be read at all.
  if (size > options.maxFileBytes) {
    log.error(
      'file.too-large',
      0,
      undefined,
      `The file has ${size} bytes, more than the limit of ${options.maxFileBytes} (Pinpoint's quota is 1 GB per import job): split it into several files, or raise max-file-bytes if AWS has raised the quota.`,
    );
    return report();
  }

  try {
    const { head, expectedRows } = await sampleFile(path, size);
    if (head.length === 0) {
      log.error(
        'file.empty',
        0,
        undefined,
        'The file is empty: it needs a header line and at least one endpoint.',
      );
      return report();
    }
    if (!checkMagic(head, log)) return report();
    const maxProblems = options.maxProblems ?? DEFAULT_MAX_PROBLEMS;
    checked = checkFileInOnePass(path, size, options.format, log, {
      ...options,
      maxProblems,
      expectedRows,
    });
  } catch (error) {
    if (error instanceof SpillError) {
      log.error(
        'runner.temporary-space',
        0,
        undefined,
        `The duplicate check of a file this large keeps some of its keys in a temporary file (16 bytes per key), and ${error.message}: free space there, or set RUNNER_TEMP to a directory with room.`,
      );
      return report();
    }
    if (!isReadError(error)) {
      // A limit of the validator itself (a RangeError: a table or string too large for the
      // engine), not of the file system: "check its permissions" would send the user astray.
      log.error(
        'file.beyond-validator',
        0,
        undefined,
        `The file could not be checked to its end: it went past a limit of the validator itself (${(error as Error).name}), not one of Pinpoint's. Look for lines, names or values far larger or more numerous than endpoints need, or split the file.`,
      );
      return report();
    }
    log.error(
      'file.unreadable',
      0,
      undefined,
      `${path} could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}): check its permissions.`,
    );
    return report();
  }
  const { counted } = checked;
  statistics.sha256 = checked.sha256;
  if (checked.gaveUp) {
    // The whole-file problem has been reported; counting rows would add nothing.
  } else if (!checked.sawHeader) {
    log.error(
      'file.empty',
      0,
      undefined,
      'The file has only blank lines: it needs a header line and at least one endpoint.',
    );
  } else if (counted.rows === 0) {
    log.error('file.no-rows', 0, undefined, 'The file has no endpoints: add rows after the header.');
  }
  statistics.rows = counted.rows;
  statistics.channels = counted.channels;
  statistics.distinctUsers = checked.distinctUsers;
  statistics.attributes = counted.attributeNames;
  return report();
}

/** Whether an error came from reading the file (a system call's), rather than from checking it. */
function isReadError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

/** Rejects what is not text at all: compressed archives and UTF-16. Returns false if so. */
function checkMagic(bytes: Buffer, log: ProblemLog): boolean {
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (gzip || zip) {
    log.error(
      'file.compressed',
      0,
      undefined,
      `The file is ${gzip ? 'gzip' : 'zip'}-compressed, and Pinpoint imports only uncompressed files: commit the uncompressed CSV or NDJSON file.`,
    );
    return false;
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    log.error(
      'encoding.utf16',
      0,
      undefined,
      'The file is UTF-16 (Excel\'s "Unicode Text"), and Pinpoint reads UTF-8 only: save it as "CSV UTF-8".',
    );
    return false;
  }
  return true;
}

/**
 * The file's first bytes (to tell what it is), and the rows it should have, from the lines in
 * those and in samples further down (lines often grow longer down a file, with its IDs):
 * this sizes the duplicate tables once.
 */
async function sampleFile(path: string, size: number): Promise<{ head: Buffer; expectedRows: number }> {
  const file = await open(path, 'r');
  try {
    // Samples of one size, so that the start of the file weighs no more than the rest.
    const head = Buffer.alloc(SAMPLE_BYTES);
    const headBytes = (await file.read(head, 0, SAMPLE_BYTES, 0)).bytesRead;
    let bytes = headBytes;
    let lines = countLines(head.subarray(0, headBytes));
    if (size > bytes) {
      const sample = Buffer.alloc(SAMPLE_BYTES);
      for (const fraction of [0.25, 0.5, 0.75, 1]) {
        const at = Math.max(0, Math.floor(size * fraction) - SAMPLE_BYTES);
        const { bytesRead } = await file.read(sample, 0, SAMPLE_BYTES, at);
        lines += countLines(sample.subarray(0, bytesRead));
        bytes += bytesRead;
      }
    }
    const bytesPerLine = lines > 0 ? bytes / lines : 100;
    return {
      head: head.subarray(0, headBytes),
      expectedRows: Math.ceil((size / bytesPerLine) * 1.02) + 16,
    };
  } finally {
    await file.close();
  }
}

const SAMPLE_BYTES = 1 << 16;

function countLines(bytes: Buffer): number {
  let lines = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
  return lines;
}
