// The CSV scanner against csv-parse, on random text made of the characters that matter (commas,
// quotes, LF, CRLF, lone CRs, tabs, spaces, letters, characters past U+FFFF), fed in parts cut
// anywhere: where csv-parse in its strict mode reads the text, the scanner splits the same rows
// and values, starts each value at the line and column (in characters) that csv-parse's split
// puts it, places each tab and line break problem on a tab or a line break, and reports no
// quoting problem; where csv-parse refuses the quoting, the scanner reports a quoting problem.
// Lines are counted at LF (a lone CR is a character in a value, reported as such); csv-parse is
// given CRLF and LF as its record delimiters to match.
import { describe, expect, test } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { CsvScanner } from '../../src/validation/rules/csv-scanner.ts';
import { ProblemLog } from '../../src/validation/problem-log.ts';

const HEADER = 'h1,h2\n';
const QUOTING_RULES = new Set([
  'csv.unterminated-quote',
  'csv.garbage-after-quote',
  'csv.quote-in-unquoted-value',
]);

interface Row {
  fields: string[];
  line: number;
  starts: [line: number, column: number][];
}

function scan(text: string, cuts: number[]): { rows: Row[]; log: ProblemLog } {
  const rows: Row[] = [];
  const log = new ProblemLog(10_000);
  const scanner = new CsvScanner(
    {
      row(fields, count, line, columns, lines) {
        const starts: [number, number][] = [];
        for (let i = 0; i < count; i++) starts.push([lines[i], columns[i]]);
        rows.push({ fields: fields.slice(0, count), line, starts });
      },
    },
    log,
  );
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    let to = Math.max(from, Math.min(cut, text.length));
    // Decoded text never ends a part between the two halves of a surrogate pair.
    if (to > 0 && to < text.length && /[\uD800-\uDBFF]/.test(text[to - 1])) to++;
    scanner.feed(text.slice(from, to));
    from = to;
  }
  scanner.end();
  return { rows, log };
}

/** The line and column (in characters) of `text[index]`, lines counted at LF. */
function positionOf(text: string, index: number): [number, number] {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  return [line, [...text.slice(lineStart, index)].length + 1];
}

/** csv-parse's records, each value placed in the text by walking csv-parse's own split. */
function reference(text: string): Row[] | 'quoting' {
  let records: string[][];
  try {
    records = parse(text, { record_delimiter: ['\r\n', '\n'], relax_column_count: true }) as string[][];
  } catch (error) {
    if (/QUOTE/.test((error as { code?: string }).code ?? '')) return 'quoting';
    throw error;
  }
  const rows: Row[] = [];
  let at = 0;
  for (const fields of records) {
    const starts: [number, number][] = [];
    const line = positionOf(text, at)[0];
    fields.forEach((value, i) => {
      starts.push(positionOf(text, at));
      const quoted = text[at] === '"';
      at += quoted ? 2 + value.length + value.split('"').length - 1 : value.length;
      const next = text.slice(at, at + 2);
      if (i < fields.length - 1) {
        expect(next[0]).toBe(',');
        at += 1;
      } else if (next === '\r\n') at += 2;
      else if (next[0] === '\n') at += 1;
      else expect(at).toBe(text.length);
    });
    rows.push({ fields, line, starts });
  }
  expect(at).toBe(text.length);
  return rows;
}

/** Rows of empty values only (blank lines, a spreadsheet's lines of commas) are left aside. */
const notBlank = (row: Row): boolean => row.fields.some((value) => value !== '');

const token = fc.constantFrom('a', 'b', 'é', '😀', ',', ',', '"', '""', '\n', '\n', '\r\n', '\r', '\t', ' ');
const csvText = fc.array(token, { maxLength: 40 }).map((tokens) => HEADER + tokens.join(''));
const cuts = fc.array(fc.nat(60), { maxLength: 3 }).map((c) => c.sort((a, b) => a - b));

describe('the CSV scanner against csv-parse (strict)', () => {
  test('the same rows, values and places; problems where they say', () => {
    let compared = 0;
    fc.assert(
      fc.property(csvText, cuts, (text, parts) => {
        const expected = reference(text);
        const { rows, log } = scan(text, parts);
        const problems = log.sorted();
        if (expected === 'quoting') {
          expect(problems.some((p) => QUOTING_RULES.has(p.rule))).toBe(true);
          return;
        }
        compared++;
        expect(rows.filter(notBlank)).toEqual(expected.filter(notBlank));
        expect(problems.filter((p) => QUOTING_RULES.has(p.rule))).toEqual([]);
        const lines = text.split('\n');
        for (const problem of problems) {
          const character = [...lines[problem.line - 1], '\n'][problem.column! - 1];
          if (problem.rule === 'csv.tab-in-value') expect(character).toBe('\t');
          if (problem.rule === 'csv.line-break-in-value') expect(['\r', '\n']).toContain(character);
        }
      }),
      { seed: 4180, numRuns: 3000 },
    );
    // Enough texts are read by csv-parse for the comparison to mean something.
    expect(compared).toBeGreaterThan(500);
  });
});
