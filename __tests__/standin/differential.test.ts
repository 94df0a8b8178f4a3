// The same files through the action's validator and through the stand-in's import parser, which
// is written from AWS's documents apart from the validator (standin/endpoint-file.ts). Where they
// disagree the test fails, unless the difference is listed below with the document it rests on.
import { createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { validateFile } from '../../src/validation/index.ts';
import { PieceFailure, readEndpoints } from '../../standin/endpoint-file.ts';
import { fixturePath, formatOf, allFixtures } from '../validation/fixtures.ts';

type Verdict = 'imports' | 'refuses';

/** The validator's rules after which it reads no more rows (docs/validation-rules.md). */
const ROWS_NOT_READ_AFTER = new Set([
  'json.array',
  'csv.semicolon-separated',
  'csv.tab-separated',
  'csv.line-endings',
]);

/** The validator's verdict: no error, or an error (warnings pass, as without `strict`). */
async function validatorVerdict(
  fixture: string,
  path = fixturePath(fixture),
): Promise<{ verdict: Verdict; rules: string[]; errorLines: number[]; wholeFile: boolean }> {
  const report = await validateFile(path, {
    format: formatOf(fixture),
    maxFileBytes: 1 << 30,
  });
  const errors = report.problems.filter((p) => p.severity === 'error');
  // A problem on line 0, or on a CSV file's header line, is about the whole file; so is one
  // after which the validator reads no more rows.
  const headerLine = formatOf(fixture) === 'csv' ? 1 : 0;
  return {
    verdict: errors.length === 0 ? 'imports' : 'refuses',
    rules: [...new Set(errors.map((p) => p.rule))],
    errorLines: [...new Set(errors.map((p) => p.line))],
    wholeFile: errors.some((p) => p.line <= headerLine || ROWS_NOT_READ_AFTER.has(p.rule)),
  };
}

/**
 * The stand-in's verdict: every endpoint imported, and at least one (an import of nothing is no
 * list), or else refused: a failed piece, or rows in Failures.
 */
async function standinVerdict(
  fixture: string,
  path = fixturePath(fixture),
): Promise<{ verdict: Verdict; problems: string[]; refusedLines: number[]; pieceFailed: boolean }> {
  const format = formatOf(fixture) === 'csv' ? 'CSV' : 'JSON';
  const problems: string[] = [];
  const refusedLines: number[] = [];
  let imported = 0;
  let pieceFailed = false;
  try {
    for await (const row of readEndpoints(createReadStream(path), format)) {
      if (row.ok) imported++;
      else {
        problems.push(`line ${row.line}: ${row.problem}`);
        refusedLines.push(row.line);
      }
    }
  } catch (error) {
    if (!(error instanceof PieceFailure)) throw error;
    problems.push(`piece failed: ${error.message}`);
    pieceFailed = true;
  }
  if (imported === 0 && problems.length === 0) problems.push('no endpoint imported');
  return { verdict: problems.length === 0 ? 'imports' : 'refuses', problems, refusedLines, pieceFailed };
}

interface Difference {
  validator: Verdict;
  standin: Verdict;
  /** Why the two differ on purpose, with the document it rests on. */
  because: string;
}

/** Deliberate differences, each with the document it rests on or the words "not documented". */
const DIFFERENCES: Record<string, Difference> = {
  'user-id-long.csv': {
    validator: 'imports',
    standin: 'refuses',
    because:
      'Not documented which values the 100-character limit covers: the User Guide says "An attribute value has ' +
      'to be 100 or fewer characters" after the table of every attribute; the quotas page lists "Attribute value ' +
      'length: 100 characters" among the limits of Attributes, Metrics and UserAttributes, which the validator follows.',
  },
  'header-empty-column.csv': {
    validator: 'refuses',
    standin: 'imports',
    because:
      'Not documented. An unnamed column holds no attribute: the validator refuses it whatever its values, ' +
      'the stand-in only when a row has a value there (this file has none).',
  },
};

const fixtures = allFixtures().filter((name) => !name.endsWith('.gz'));

describe('the validator and the stand-in agree on every fixture, or the difference is listed', () => {
  test.each(fixtures)('%s', async (fixture) => {
    const [validator, standin] = await Promise.all([validatorVerdict(fixture), standinVerdict(fixture)]);
    const expected = DIFFERENCES[fixture];
    const seen = { validator: validator.verdict, standin: standin.verdict };
    const detail = `validator: ${validator.rules.join(', ') || 'no error'}; stand-in: ${standin.problems.join(' | ') || 'all imported'}`;
    if (expected) {
      expect({ ...seen, detail }).toEqual({
        validator: expected.validator,
        standin: expected.standin,
        detail,
      });
    } else {
      expect({ ...seen, detail }).toEqual({ validator: standin.verdict, standin: standin.verdict, detail });
    }
  });
});

/**
 * Rows the two read differently though both take the file's header: the lines the validator
 * finds an error on and the lines the stand-in refuses. Listed: where the validator reports a
 * problem spanning rows once (its 16th endpoint of one user) and the stand-in refuses each row.
 */
const ROW_DIFFERENCES: Record<string, { validator: number[]; standin: number[]; because: string }> = {
  'quoted-newline.csv': {
    validator: [2],
    standin: [2, 3],
    because:
      'User Guide: "The CSV file can\'t contain line breaks". The stand-in reads lines, so a quoted line break ' +
      'leaves two broken lines; the validator reads the quoted row and reports it once.',
  },
  'user-too-many-endpoints.csv': {
    validator: [17],
    standin: [17, 18],
    because:
      "The validator reports a user's 16th endpoint once; the stand-in refuses each endpoint past 15 " +
      '(the quota\'s wording, "15 endpoints per user ID", leaves which rows fail not documented).',
  },
};

describe('where both read the rows, they refuse the same rows', () => {
  test.each(fixtures)('%s', async (fixture) => {
    const [validator, standin] = await Promise.all([validatorVerdict(fixture), standinVerdict(fixture)]);
    if (validator.wholeFile || standin.pieceFailed || DIFFERENCES[fixture]) return;
    const seen = { validator: validator.errorLines, standin: standin.refusedLines };
    const listed = ROW_DIFFERENCES[fixture];
    expect(seen).toEqual(
      listed
        ? { validator: listed.validator, standin: listed.standin }
        : {
            validator: standin.refusedLines,
            standin: standin.refusedLines,
          },
    );
  });
});

describe('the stand-in shares no code with the validator', () => {
  const standinDir = join(import.meta.dirname, '../../standin');
  test.each(readdirSync(standinDir).filter((name) => name.endsWith('.ts')))('standin/%s', (name) => {
    const source = readFileSync(join(standinDir, name), 'utf8');
    const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]);
    // Only its own modules, Node's and packages: nothing from ../src (the validator included).
    expect(specifiers.filter((s) => s.startsWith('.') && !s.startsWith('./'))).toEqual([]);
  });
});

/**
 * Headers made of every kind of column (known, custom, repeated, misspelt, unnamed, with spaces,
 * not imported) over rows whose every value is filled in and valid for its column: what one side
 * refuses, the other must refuse too.
 */
const COLUMNS: Record<string, (row: number) => string> = {
  ChannelType: () => 'EMAIL',
  Address: (row) => `person.${row}@example.com`,
  ' Address': (row) => `spaced.${row}@example.com`,
  Id: (row) => `endpoint-${row}`,
  'User.UserId': (row) => `user-${row}`,
  OptOut: () => 'NONE',
  EffectiveDate: () => '2026-11-27T10:00:00Z',
  'Location.Country': () => 'CA',
  'Location.Latitude': () => '49.2',
  'Demographic.Platform': () => 'ios',
  'Attributes.Plan': () => 'basic',
  'Metrics.Score': () => '4.5',
  'User.UserAttributes.FirstName': () => 'Ana',
  EndpointStatus: () => 'ACTIVE',
  'EndpointStatus ': () => 'INACTIVE',
  Colour: () => 'blue',
  channeltype: () => 'EMAIL',
  '': () => 'x',
};

const dir = mkdtempSync(join(tmpdir(), 'differential-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** Values at the edges of the rules on a column (phone and e-mail addresses aside). */
const VALUES: [column: string, value: string, difference?: string][] = [
  ...['4.5', '-0', '.5', '5.', '+3', '1e3', '0x10', ' 4.5', '4.5 ', 'Infinity', '1_000', '١٢'].map(
    (value): [string, string] => ['Metrics.Score', value],
  ),
  [
    'Metrics.Score',
    '1e999',
    "Not documented. Past a double's range (the endpoint request's Metrics are doubles): the stand-in refuses it, the validator reads it as a number.",
  ],
  ...['49.2', '90', '-90', '90.0001', ' 49', '4.92e1', '0x1', 'NaN'].map((value): [string, string] => [
    'Location.Latitude',
    value,
  ]),
  ...['ALL', 'NONE', 'none', ' ALL', 'ALL '].map((value): [string, string] => ['OptOut', value]),
  ...[
    '2026-11-27',
    '2024-02-29',
    '2026-02-29',
    '2026-11-27T10:00',
    '2026-11-27T10:00Z',
    '2019-08-23T10:54:35.220Z',
    '2026-11-27T10:00:00+0100',
    '2026-11-27T10:00:00+01',
    '2026-11-27 10:00:00',
    '20261127',
    '2026-W48-5',
    '2026-11-27t10:00:00z',
  ].map((value): [string, string] => ['EffectiveDate', value]),
  ...['EMAIL', 'email', ' EMAIL'].map((value): [string, string] => ['ChannelType', value]),
  ['Attributes.Note', 'a'.repeat(100)],
  ['Attributes.Note', 'a'.repeat(101)],
  ['User.UserAttributes.Note', 'é'.repeat(101)],
  [
    'Id',
    'a'.repeat(101),
    'As user-id-long.csv: which values the 100-character limit covers is not documented.',
  ],
  [
    'Demographic.Locale',
    'x'.repeat(101),
    'As user-id-long.csv: which values the 100-character limit covers is not documented.',
  ],
];

describe('values at the edges of each rule, through both', () => {
  // As objects: a row of two would leave the test's third parameter to jest's `done`.
  const cases = VALUES.map(([column, value, difference]) => ({ column, value, difference }));
  test.each(cases)('$column = $value', async ({ column, value, difference }) => {
    const path = join(dir, `value-${n++}.csv`);
    const [header, row] =
      column === 'ChannelType'
        ? ['ChannelType,Address', `${value},person@example.com`]
        : [`ChannelType,Address,${column}`, `EMAIL,person@example.com,${value}`];
    writeFileSync(path, `${header}\n${row}\n`);
    const [validator, standin] = await Promise.all([
      validatorVerdict('value.csv', path),
      standinVerdict('value.csv', path),
    ]);
    const agree = validator.verdict === standin.verdict;
    expect({
      agree,
      detail: `validator ${validator.rules.join(', ')}; stand-in ${standin.problems.join(' | ')}`,
    }).toEqual({
      agree: difference === undefined,
      detail: expect.any(String),
    });
  });
});

describe('headers of every kind, through both', () => {
  test('the verdicts agree', async () => {
    await fc.assert(
      fc.asyncProperty(
        // The columns that identify endpoints (or not), then up to three of any kind, in any order.
        fc
          .tuple(
            fc.constantFrom(
              ['ChannelType', 'Address'],
              ['Id'],
              ['User.UserId'],
              ['ChannelType', ' Address'],
              [],
            ),
            fc.array(fc.constantFrom(...Object.keys(COLUMNS)), { maxLength: 3 }),
            fc.nat(),
          )
          .map(([base, extra, seed]) => {
            const names = [...base, ...extra];
            for (let i = names.length - 1; i > 0; i--) {
              const j = (seed + i * 7919) % (i + 1);
              [names[i], names[j]] = [names[j], names[i]];
            }
            return names;
          })
          .filter((names) => names.length > 0),
        fc.integer({ min: 1, max: 3 }),
        async (header, rows) => {
          const lines = [header.join(',')];
          for (let row = 1; row <= rows; row++)
            lines.push(header.map((name) => COLUMNS[name](row)).join(','));
          const path = join(dir, `case-${n++}.csv`);
          writeFileSync(path, `${lines.join('\n')}\n`);
          const [validator, standin] = await Promise.all([
            validatorVerdict('case.csv', path),
            standinVerdict('case.csv', path),
          ]);
          const detail = `${header.join(',')}: validator ${validator.rules.join(', ') || 'no error'}; stand-in ${standin.problems.join(' | ') || 'all imported'}`;
          expect({ verdict: validator.verdict, detail }).toEqual({ verdict: standin.verdict, detail });
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);
});
