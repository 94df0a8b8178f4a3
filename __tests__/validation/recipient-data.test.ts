// Property tests of the rule "nothing from a data row is printed unless it is known to be safe":
// rows of arbitrary Unicode and addresses of every kind, through every validation rule that speaks
// of a value, and through Pinpoint's Failures as the stand-in echoes them. No generated value may
// come back out.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { explainFailedJob, listFailures } from '../../src/diagnose/index.ts';
import { maskAddress, redactAddresses, redactFailure, shapeOf } from '../../src/privacy.ts';
import { validateFile, type FileFormat, type ValidationReport } from '../../src/validation/index.ts';
import { csvRow, jsonRow, parseCsvLine } from '../../standin/endpoint-file.ts';
import { checkEndpoint } from '../../standin/endpoint-rules.ts';
import {
  anyValue,
  csvFile,
  csvLine,
  deviceToken,
  emailAddress,
  expectNoneLeaked,
  HEADER,
  ndjsonLine,
  phoneNumber,
  recipientRow,
} from '../recipient-data.ts';

const dir = mkdtempSync(join(tmpdir(), 'recipient-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
async function validate(content: string, format: FileFormat): Promise<ValidationReport> {
  const path = join(dir, `case-${counter++}.${format === 'csv' ? 'csv' : 'ndjson'}`);
  writeFileSync(path, content);
  try {
    return await validateFile(path, { format, maxFileBytes: 1 << 22, maxProblems: 10_000 });
  } finally {
    rmSync(path, { force: true });
  }
}

/** Everything of a report that is printed: the messages and the attribute names. */
function printed(report: ValidationReport): string {
  return [...report.problems.map((p) => p.message), ...report.statistics.attributes].join('\n');
}

/** The rules whose messages speak of a value of the row (its shape) or of its place. */
const VALUE_RULES = [
  'channel-type.invalid',
  'address.email',
  'address.e164',
  'address.apns-token',
  'address.apns-not-hex',
  'opt-out.invalid',
  'effective-date.iso8601',
  'location.latitude',
  'location.longitude',
  'metrics.not-numeric',
  'attribute.value-too-long',
];

describe('the validators print no recipient data', () => {
  test('CSV: any rows, through every rule about a value', async () => {
    const rulesMet = new Set<string>();
    await fc.assert(
      fc.asyncProperty(csvFile, async ({ content, values }) => {
        const report = await validate(content, 'csv');
        for (const rule of Object.keys(report.problemsByRule)) rulesMet.add(rule);
        expectNoneLeaked(printed(report), values);
      }),
      // Seeded: the check below, that every rule was met, must not depend on the draw.
      { numRuns: 250, seed: 20261207 },
    );
    const expected = [...VALUE_RULES, 'csv.row-width', 'header.unknown-column', 'duplicate.endpoint'];
    expect(expected.filter((rule) => !rulesMet.has(rule))).toEqual([]);
  });

  test('CSV: a file whose first line is a data row (no header): none of its values is shown', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(recipientRow, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('EMAIL', 'SMS'),
        fc.oneof(emailAddress, phoneNumber),
        async (rows, channelType, address) => {
          // A first line that looks like an endpoint: a channel, or an address.
          const first = [channelType, address, ...rows[0].slice(2)];
          const content = [first, ...rows.slice(1)].map(csvLine).join('\n');
          const report = await validate(`${content}\n`, 'csv');
          expect(report.problemsByRule['header.missing-required']).toBe(1);
          expectNoneLeaked(printed(report), [...rows.flat(), address]);
        },
      ),
      { numRuns: 100 },
    );
  });

  test('a first line that is a data row: its names are shapes, a suggested column stays readable', async () => {
    const report = await validate('EMAIL,jane@example.com,Adress,Jane Doe\nEMAIL,x@example.com,a,b\n', 'csv');
    const messages = printed(report);
    expect(messages).toContain('Unknown column <text, 6 chars: letters>. Did you mean Address?');
    expect(messages).toContain('Unknown column <text, 8 chars: letters, spaces>.');
    expectNoneLeaked(messages, ['jane@example.com', 'Adress', 'Jane Doe']);
  });

  test('NDJSON: any objects, through every rule about a value', async () => {
    const rulesMet = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(ndjsonLine, { minLength: 1, maxLength: 12 }), async (objects) => {
        const report = await validate(`${objects.map((o) => o.line).join('\n')}\n`, 'json');
        for (const rule of Object.keys(report.problemsByRule)) rulesMet.add(rule);
        expectNoneLeaked(
          printed(report),
          objects.flatMap((o) => o.values),
        );
      }),
      { numRuns: 150 },
    );
    expect([...VALUE_RULES, 'json.syntax'].filter((rule) => !rulesMet.has(rule))).toEqual([]);
  });
});

describe('the shapes', () => {
  test('a shape never holds the value, whatever its channel', () => {
    fc.assert(
      fc.property(
        anyValue,
        fc.constantFrom(undefined, 'EMAIL', 'SMS', 'VOICE', 'APNS', 'GCM'),
        (value, ch) => {
          expectNoneLeaked(shapeOf(value), [value]);
          expectNoneLeaked(maskAddress(value, ch), [value]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('addresses, phone numbers and tokens in free text are masked', () => {
    const address = fc.oneof(
      emailAddress,
      phoneNumber,
      deviceToken.filter((t) => /^[0-9a-f]{64}$/.test(t)),
    );
    fc.assert(
      fc.property(address, fc.constantFrom('', 'row ', 'Invalid address: ', '"'), (value, before) => {
        expectNoneLeaked(redactAddresses(`${before}${value} was refused`), [value]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("Pinpoint's Failures, which may echo the refused row", () => {
  /** The failure line the stand-in writes for a row, when it refuses it (as Pinpoint may). */
  function standinFailure(line: string, format: 'CSV' | 'JSON', lineNumber: number): string | undefined {
    const endpoint = format === 'CSV' ? csvRow(parseCsvLine(HEADER.join(','))!, line) : jsonRow(line);
    const check =
      typeof endpoint === 'string'
        ? { ok: false as const, problem: endpoint }
        : checkEndpoint(endpoint, line);
    return check.ok ? undefined : `Line ${lineNumber}: ${check.problem}: ${line}`;
  }

  test('each refused row is shown field by field, as shapes', () => {
    fc.assert(
      fc.property(fc.array(recipientRow, { minLength: 1, maxLength: 8 }), fc.boolean(), (rows, json) => {
        const lines = rows.map((cells) =>
          json
            ? JSON.stringify(Object.fromEntries(HEADER.map((name, i) => [name, cells[i]])))
            : csvLine(cells),
        );
        const failures = lines
          .map((line, i) => standinFailure(line, json ? 'JSON' : 'CSV', i + 2))
          .filter((f): f is string => f !== undefined);
        const values = rows.flat();
        for (const failure of failures) expectNoneLeaked(redactFailure(failure), values);
        expectNoneLeaked(listFailures(failures, 10), values);
        const error = explainFailedJob({ Id: 'job-1', JobStatus: 'FAILED', Failures: failures });
        expectNoneLeaked(`${error.message}\n${error.fix}`, values);
      }),
      { numRuns: 500 },
    );
  });

  test('white space between the fields is shown as a space, whatever the file held', () => {
    const redacted = redactFailure('Line 4: EMAIL,\u2028jane.doe@example.com,\u00a0Jane\u200aDoe\u3000');
    expect(redacted).not.toMatch(/[\u2028\u00a0\u200a\u3000]/);
    expect(redacted).toMatch(/^Line 4: EMAIL, <email j\*\*\*@e\*\*\*\.com, 20 chars: [^>]*>, /);
  });

  test("the service's own words, ARNs, S3 URLs and line numbers stay readable", () => {
    const failure =
      'Line 12: Value of User.UserId is longer than 100 characters: EMAIL,jöhn.müller@exämple.de,Jane Doe,"+49 (170) 123-4567"';
    expect(redactFailure(failure)).toBe(
      'Line 12: Value of User.UserId is longer than 100 characters: EMAIL,' +
        '<email j***@e***.de, 22 chars: letters, non-ASCII letters, symbols . @>,' +
        '<text, 8 chars: letters, spaces>,' +
        '"<phone +4*******4567, 18 chars: digits, spaces, symbols ( ) + ->"',
    );
    const denied =
      'Unable to read s3://my-pinpoint-imports/k.csv as arn:aws:sts::111111111111:assumed-role/Import/pinpoint-1: AccessDenied: Access Denied';
    expect(redactFailure(denied)).toBe(denied);
    // An ARN is kept, but does not run on into the next field of the row.
    expect(redactFailure('Line 2: CUSTOM,arn:aws:sns:us-east-1:111111111111:t,Jane Doe')).toBe(
      'Line 2: CUSTOM,arn:aws:sns:us-east-1:111111111111:t,<text, 8 chars: letters, spaces>',
    );
    expect(redactFailure('Line 3: {"ChannelType":"EMAIL","Address":"名前@例え.jp"}')).toBe(
      'Line 3: {"ChannelType":"EMAIL","Address":"<email 名***@例***.jp, 8 chars: letters, non-ASCII letters, symbols . @>"}',
    );
  });
});
