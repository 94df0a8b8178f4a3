// Property-based tests: whatever the bytes, validation finishes, does not throw, and says where.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { CsvScanner } from '../../src/validation/rules/csv-scanner.ts';
import { validateFile, type FileFormat, type ValidationReport } from '../../src/validation/index.ts';
import { ProblemLog } from '../../src/validation/problem-log.ts';
import { fixturePath } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'validation-properties-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Rules about the whole file, reported at line 0. */
const WHOLE_FILE = /^(file\.|encoding\.utf16$)/;

let counter = 0;
async function validateBytes(bytes: Uint8Array, format: FileFormat): Promise<ValidationReport> {
  const path = join(dir, `case-${counter++}.${format === 'csv' ? 'csv' : 'ndjson'}`);
  writeFileSync(path, bytes);
  try {
    return await validateFile(path, { format, maxFileBytes: 1 << 20, maxProblems: 50 });
  } finally {
    rmSync(path, { force: true });
  }
}

function lineCount(bytes: Uint8Array): number {
  let lines = 1;
  for (const b of bytes) if (b === 10) lines++;
  return lines;
}

function checkReport(report: ValidationReport, bytes: Uint8Array): void {
  const lines = lineCount(bytes);
  for (const p of report.problems) {
    if (WHOLE_FILE.test(p.rule)) {
      expect(p.line).toBe(0);
    } else {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.line).toBeLessThanOrEqual(lines);
      expect(p.column ?? 1).toBeGreaterThanOrEqual(1);
    }
    expect(p.rule).toMatch(/^[a-z0-9-]+\.[a-z0-9-]+$/);
    expect(p.message.length).toBeGreaterThan(10);
  }
  const counted = Object.values(report.problemsByRule).reduce((a, b) => a + b, 0);
  expect(counted).toBe(report.errorCount + report.warningCount);
  expect(report.problems.length).toBe(Math.min(50, counted));
}

/** Characters that matter to CSV and NDJSON, and some that should not be there. */
const NASTY = [
  ',',
  '"',
  '\n',
  '\r',
  '\r\n',
  '\t',
  ';',
  '{',
  '}',
  '[',
  ':',
  '\uFEFF',
  'é',
  '€',
  '😀',
  ' ',
  '',
  '""',
  '\\',
];

/** A valid file with random edits: insertions of nasty characters, deletions, Latin-1 bytes. */
function mutated(base: Buffer): fc.Arbitrary<Uint8Array> {
  const edit = fc.record({
    at: fc.nat({ max: base.length }),
    remove: fc.nat({ max: 3 }),
    insert: fc.oneof(
      fc.constantFrom(...NASTY).map((s) => Buffer.from(s)),
      fc.uint8Array({ minLength: 1, maxLength: 3 }),
    ),
  });
  return fc.array(edit, { minLength: 1, maxLength: 8 }).map((edits) => {
    let bytes = Buffer.from(base);
    for (const e of edits) {
      const at = Math.min(e.at, bytes.length);
      bytes = Buffer.concat([
        bytes.subarray(0, at),
        e.insert,
        bytes.subarray(Math.min(bytes.length, at + e.remove)),
      ]);
    }
    return bytes;
  });
}

describe('any input', () => {
  test('random bytes: no throw, lines where they belong (CSV and NDJSON)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom<FileFormat>('csv', 'json'),
        async (bytes, format) => {
          checkReport(await validateBytes(bytes, format), bytes);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('random text made of CSV-significant characters', async () => {
    const text = fc.array(
      fc.constantFrom(...NASTY, 'EMAIL', 'SMS', 'a@b.co', '+1604555', 'ChannelType', 'Address'),
      {
        maxLength: 120,
      },
    );
    await fc.assert(
      fc.asyncProperty(text, async (parts) => {
        const bytes = Buffer.from(parts.join(''));
        checkReport(await validateBytes(bytes, 'csv'), bytes);
      }),
      { numRuns: 150 },
    );
  });

  test.each([
    ['valid-basic.csv', 'csv'],
    ['valid-excel-bom-crlf.csv', 'csv'],
    ['valid-quoted-values.csv', 'csv'],
    ['valid.ndjson', 'json'],
  ] as const)('mutations of %s', async (fixture, format) => {
    const base = readFileSync(fixturePath(fixture));
    await fc.assert(
      fc.asyncProperty(mutated(base), async (bytes) => {
        checkReport(await validateBytes(bytes, format), bytes);
      }),
      { numRuns: 100 },
    );
  });
});

describe('CsvScanner', () => {
  interface Run {
    rows: string[][];
    problems: string[];
  }

  function scan(parts: string[]): Run {
    const log = new ProblemLog();
    const rows: string[][] = [];
    const scanner = new CsvScanner(
      {
        row(fields, count, line, _columns, _lines, _chars, text, starts, ends) {
          if (text !== undefined)
            fields = Array.from({ length: count }, (_, i) => text.slice(starts[i], ends[i]));
          rows.push([String(line), ...fields.slice(0, count)]);
        },
      },
      log,
    );
    for (const part of parts) scanner.feed(part);
    scanner.end();
    return { rows, problems: log.sorted().map((p) => `${p.rule}@${p.line}:${p.column}`) };
  }

  test('the same rows and problems however the text is cut into parts', () => {
    const csvText = fc
      .array(fc.constantFrom(',', '"', '\n', '\r\n', '\r', '\t', 'a', 'bc', ' ', '""', 'é'), {
        maxLength: 80,
      })
      .map((parts) => `ChannelType,Address\n${parts.join('')}`);
    fc.assert(
      fc.property(csvText, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const parts: string[] = [];
        let from = 0;
        for (const p of points) {
          parts.push(text.slice(from, p));
          from = p;
        }
        parts.push(text.slice(from));
        expect(scan(parts)).toEqual(scan([text]));
      }),
      { numRuns: 1000 },
    );
  });
});
