// Every fixture, with the rule ids and lines it must produce (in file order), and its rows.
import { describe, expect, test } from '@jest/globals';
import { validateFile } from '../../src/validation/index.ts';
import { fixturePath, formatOf } from './fixtures.ts';

type Expected = [fixture: string, rows: number, problems: [rule: string, line: number][]];

const EXPECTED: Expected[] = [
  // Real-world messes: a file without its header line; addresses used as names.
  [
    'no-header.csv',
    1,
    [
      ['header.unknown-column', 1],
      ['header.missing-required', 1],
      ['header.unknown-column', 1],
      ['header.unknown-column', 1],
    ],
  ],
  [
    'json-address-as-key.ndjson',
    1,
    [
      ['json.type', 1],
      ['metrics.not-numeric', 1],
    ],
  ],
  [
    'address-apns-token.csv',
    3,
    [
      ['address.apns-token', 2],
      ['address.apns-token', 4],
    ],
  ],
  [
    'address-e164.csv',
    5,
    [
      ['address.phone-no-plus', 2],
      ['address.e164', 3],
      ['address.e164', 4],
      ['address.e164', 6],
    ],
  ],
  [
    'address-email.csv',
    5,
    [
      ['address.email', 2],
      ['address.email', 3],
      ['address.email', 4],
      ['address.email', 6],
    ],
  ],
  [
    'address-missing.csv',
    2,
    [
      ['address.missing', 2],
      ['address.missing', 3],
    ],
  ],
  ['attribute-name-too-long.csv', 1, [['attribute.name-too-long', 1]]],
  ['attribute-too-many-values.csv', 1, [['attribute.too-many-values', 1]]],
  ['attribute-too-many.csv', 1, [['attribute.too-many', 1]]],
  ['attribute-value-too-long.csv', 2, [['attribute.value-too-long', 2]]],
  [
    'blank-line-middle.csv',
    3,
    [
      ['csv.blank-line', 3],
      ['csv.blank-line', 6],
    ],
  ],
  [
    'channel-type-invalid.csv',
    3,
    [
      ['channel-type.invalid', 2],
      ['channel-type.invalid', 3],
    ],
  ],
  ['channel-type-missing.csv', 1, [['channel-type.missing', 2]]],
  ['cr-line-endings.csv', 0, [['csv.line-endings', 1]]],
  [
    'duplicate-endpoint.csv',
    5,
    [
      ['duplicate.endpoint', 4],
      ['duplicate.endpoint', 5],
    ],
  ],
  ['duplicate-id.csv', 3, [['duplicate.id', 4]]],
  [
    'effective-date.csv',
    5,
    [
      ['effective-date.iso8601', 3],
      ['effective-date.iso8601', 4],
      ['effective-date.iso8601', 5],
    ],
  ],
  ['empty.csv', 0, [['file.empty', 0]]],
  ['endpoint-too-large.csv', 2, [['endpoint.too-large', 2]]],
  ['garbage-after-quote.csv', 1, [['csv.garbage-after-quote', 2]]],
  [
    'header-case-prefix.csv',
    1,
    [
      ['header.unknown-column', 1],
      ['header.unknown-column', 1],
    ],
  ],
  ['header-duplicate-column.csv', 1, [['header.duplicate-column', 1]]],
  ['header-empty-column.csv', 1, [['header.empty-column', 1]]],
  ['header-missing-all.csv', 1, [['header.missing-required', 1]]],
  ['header-missing-required.csv', 1, [['header.missing-required', 1]]],
  ['header-only.csv', 0, [['file.no-rows', 0]]],
  [
    'header-unknown-column.csv',
    1,
    [
      ['header.unknown-column', 1],
      ['header.missing-required', 1],
      ['header.unknown-column', 1],
      ['header.unknown-column', 1],
      ['header.unknown-column', 1],
    ],
  ],
  [
    'invalid-utf8-at-end.csv',
    2,
    [
      ['encoding.invalid-utf8', 3],
      ['csv.row-width', 3],
    ],
  ],
  // A JSON export: an array, pretty-printed, where Pinpoint wants one object per line.
  ['json-array.ndjson', 0, [['json.array', 1]]],
  ['json-blank-line.ndjson', 2, [['json.blank-line', 2]]],
  [
    'json-limits.ndjson',
    1,
    [
      ['attribute.too-many-values', 1],
      ['attribute.name-too-long', 1],
      ['attribute.value-too-long', 1],
    ],
  ],
  [
    'json-not-object.ndjson',
    3,
    [
      ['json.not-object', 1],
      ['json.not-object', 3],
    ],
  ],
  ['json-syntax.ndjson', 3, [['json.syntax', 2]]],
  [
    'json-type.ndjson',
    3,
    [
      ['json.type', 1],
      ['metrics.not-numeric', 2],
      ['json.type', 3],
    ],
  ],
  [
    'json-unknown-field.ndjson',
    3,
    [
      ['channel-type.missing', 1],
      ['json.unknown-field', 1],
      ['json.unknown-field', 2],
      ['json.unknown-field', 3],
    ],
  ],
  [
    'json-values.ndjson',
    4,
    [
      ['address.phone-no-plus', 1],
      ['opt-out.invalid', 2],
      ['location.latitude', 2],
      ['effective-date.iso8601', 2],
      ['duplicate.endpoint', 3],
      ['channel-type.missing', 4],
      ['address.missing', 4],
    ],
  ],
  ['latin1.csv', 3, [['encoding.invalid-utf8', 3]]],
  [
    'location-coordinates.csv',
    4,
    [
      ['location.latitude', 3],
      ['location.longitude', 4],
      ['location.latitude', 5],
      ['location.longitude', 5],
    ],
  ],
  [
    'metrics-not-numeric.csv',
    4,
    [
      ['metrics.not-numeric', 3],
      ['metrics.not-numeric', 5],
    ],
  ],
  ['only-blank-lines.csv', 0, [['file.empty', 0]]],
  [
    'opt-out-invalid.csv',
    3,
    [
      ['opt-out.invalid', 2],
      ['opt-out.invalid', 3],
    ],
  ],
  ['quote-in-unquoted-value.csv', 1, [['csv.quote-in-unquoted-value', 2]]],
  ['quoted-newline.csv', 2, [['csv.line-break-in-value', 2]]],
  ['recipients.csv.gz', 0, [['file.compressed', 0]]],
  ['recipients.zip.csv', 0, [['file.compressed', 0]]],
  [
    'row-width.csv',
    3,
    [
      ['csv.row-width', 3],
      ['csv.row-width', 4],
    ],
  ],
  ['semicolon-separated.csv', 0, [['csv.semicolon-separated', 1]]],
  [
    'tab-in-value.csv',
    2,
    [
      ['csv.tab-in-value', 2],
      ['csv.tab-in-value', 3],
    ],
  ],
  ['tab-separated.csv', 0, [['csv.tab-separated', 1]]],
  ['unterminated-quote.csv', 1, [['csv.unterminated-quote', 2]]],
  ['user-missing.csv', 2, [['user.missing', 3]]],
  ['user-too-many-endpoints.csv', 18, [['user.too-many-endpoints', 17]]],
  ['utf16.csv', 0, [['encoding.utf16', 0]]],
  ['valid-basic.csv', 6, []],
  ['valid-excel-bom-crlf.csv', 2, []],
  ['valid-multivalued-attribute.csv', 2, []],
  ['valid-no-final-newline.csv', 1, []],
  ['valid-quoted-values.csv', 2, []],
  ['valid-trailing-blank-lines.csv', 2, []],
  ['valid-update-by-id.csv', 2, []],
  ['valid-user-ids-only.csv', 3, []],
  ['valid-user-ids-only.ndjson', 2, []],
  ['valid.ndjson', 3, []],
];

describe('fixture corpus', () => {
  test.each(EXPECTED)('%s', async (fixture, rows, problems) => {
    const report = await validateFile(fixturePath(fixture), {
      format: formatOf(fixture),
      maxFileBytes: 1 << 30,
    });
    expect(report.problems.map((p) => [p.rule, p.line])).toEqual(problems);
    expect(report.statistics.rows).toBe(rows);
    // Counts agree with the list (nothing is truncated here).
    const byRule: Record<string, number> = {};
    for (const [rule] of problems) byRule[rule] = (byRule[rule] ?? 0) + 1;
    expect(report.problemsByRule).toEqual(byRule);
    expect(report.errorCount + report.warningCount).toBe(problems.length);
    for (const p of report.problems) {
      expect(p.message.length).toBeGreaterThan(20);
      if (p.line > 0) expect(p.column).toBeGreaterThanOrEqual(1);
    }
  });
});
