// Reads a CSV file row by row, or an NDJSON file line by line, with the validation engine's own
// reader, decoder and CSV scanner (src/validation), so that the conversion reads a file exactly as
// the check did.

import { openSync, closeSync } from 'node:fs';
import {
  CsvScanner,
  LineReader,
  reportInvalidUtf8,
  Utf8PartDecoder,
  type CsvRowSink,
  type ProblemLog,
} from '../validation/index.ts';

export type CsvRow = (fields: readonly string[], count: number, line: number, columns: Int32Array) => void;
export type JsonLine = (text: string, line: number) => void;

/**
 * Calls `row` for every CSV row, the header first, or `line` for every non-blank NDJSON line.
 * Syntax problems go to `log` (the scanner's, and the first place the file is not UTF-8).
 */
export function readRows(
  path: string,
  size: number,
  log: ProblemLog,
  handler: { csv: CsvRow } | { json: JsonLine },
): void {
  const fd = openSync(path, 'r');
  try {
    const reader = new LineReader(fd, size);
    const decoder = new Utf8PartDecoder();
    if ('csv' in handler) {
      const sink: CsvRowSink = {
        row: (fields, count, line, columns) => handler.csv(fields, count, line, columns),
      };
      const scanner = new CsvScanner(sink, log);
      for (let part = reader.next(); part !== undefined; part = reader.next()) {
        const { text, invalidAt } = decoder.decode(part);
        if (invalidAt >= 0) {
          const at = scanner.positionIn(text, invalidAt);
          reportInvalidUtf8(log, at.line, at.column);
        }
        scanner.feed(text);
      }
      scanner.end();
      return;
    }
    let line = 1;
    let carry = '';
    for (let part = reader.next(); part !== undefined; part = reader.next()) {
      const { text: decoded, invalidAt } = decoder.decode(part);
      const text = carry + decoded;
      if (invalidAt >= 0) {
        const before = text.slice(0, carry.length + invalidAt);
        const lineStart = before.lastIndexOf('\n') + 1;
        reportInvalidUtf8(log, line + countLineBreaks(before), before.length - lineStart + 1);
      }
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        if (end > start) handler.json(text.slice(start, end), line);
        line++;
        start = nl + 1;
      }
      carry = text.slice(start);
    }
    if (carry.trim().length > 0) handler.json(carry, line);
  } finally {
    closeSync(fd);
  }
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
