import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { formatFromFileName, validateFile } from '../../src/validation/index.ts';
import { allFixtures, fixturePath, formatOf } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'validation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const LIMIT = 1 << 30;

describe('formatFromFileName', () => {
  test.each([
    ['list.csv', 'csv'],
    ['dir/LIST.CSV', 'csv'],
    ['list.json', 'json'],
    ['list.jsonl', 'json'],
    ['list.ndjson', 'json'],
    ['list.txt', undefined],
    ['list', undefined],
  ])('%s → %s', (path, format) => {
    expect(formatFromFileName(path)).toBe(format);
  });
});

describe('validateFile', () => {
  test('statistics of a valid file, and the SHA-256 of its bytes', async () => {
    const path = fixturePath('valid-basic.csv');
    const report = await validateFile(path, { format: 'csv', maxFileBytes: LIMIT });
    expect(report.errorCount).toBe(0);
    expect(report.warningCount).toBe(0);
    expect(report.format).toBe('csv');
    const bytes = readFileSync(path);
    expect(report.statistics).toEqual({
      rows: 6,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      channels: { EMAIL: 1, SMS: 1, VOICE: 1, APNS: 1, GCM: 1, CUSTOM: 1 },
      distinctUsers: 4,
      attributes: ['Attributes.Plan', 'Metrics.Score'],
    });
  });

  test('NDJSON statistics', async () => {
    const report = await validateFile(fixturePath('valid.ndjson'), { format: 'json', maxFileBytes: LIMIT });
    expect(report.errorCount).toBe(0);
    expect(report.statistics.rows).toBe(3);
    expect(report.statistics.channels).toEqual({ SMS: 1, EMAIL: 1 });
    expect(report.statistics.attributes).toEqual([
      'Attributes.Ride',
      'Metrics.Score',
      'User.UserAttributes.Team',
    ]);
  });

  test('a missing file', async () => {
    const report = await validateFile(join(dir, 'nope.csv'), { format: 'csv', maxFileBytes: LIMIT });
    expect(report.problems.map((p) => [p.rule, p.line])).toEqual([['file.not-found', 0]]);
    expect(report.errorCount).toBe(1);
  });

  test('a directory', async () => {
    const report = await validateFile(dir, { format: 'csv', maxFileBytes: LIMIT });
    expect(report.problems.map((p) => p.rule)).toEqual(['file.not-a-file']);
  });

  test('a file over the size limit fails before being read', async () => {
    const path = write('big.csv', 'ChannelType,Address\nEMAIL,size.limit@example.com\n');
    const report = await validateFile(path, { format: 'csv', maxFileBytes: 10 });
    expect(report.problems.map((p) => [p.rule, p.line])).toEqual([['file.too-large', 0]]);
    expect(report.statistics.bytes).toBeGreaterThan(10);
    expect(report.statistics.sha256).toBe(''); // not read
  });

  test('keeps maxProblems problems and counts them all', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `FAX,+1604555${String(i).padStart(4, '0')}`).join('\n');
    const path = write('many.csv', `ChannelType,Address\n${rows}\n`);
    const report = await validateFile(path, { format: 'csv', maxFileBytes: LIMIT, maxProblems: 5 });
    expect(report.problems).toHaveLength(5);
    expect(report.problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6]);
    expect(report.problemsByRule).toEqual({ 'channel-type.invalid': 30 });
    expect(report.errorCount).toBe(30);
  });

  test('a value read in place and the same value quoted are one endpoint, one user', async () => {
    const path = write(
      'quoted-repeat.csv',
      'ChannelType,Address,User.UserId\nEMAIL,jane@example.com,u-1\nEMAIL,"jane@example.com","u-1"\nSMS,"+12065550100",u-2\nSMS,+12065550100,"u-2"\n',
    );
    const report = await validateFile(path, { format: 'csv', maxFileBytes: LIMIT });
    expect(report.problems.map((p) => [p.rule, p.line, p.column])).toEqual([
      ['duplicate.endpoint', 3, 7],
      ['duplicate.endpoint', 5, 5],
    ]);
    expect(report.statistics.distinctUsers).toBe(2);
  });

  test('an NDJSON problem is placed on its key, nested or not, a dotted custom name too', async () => {
    const line = JSON.stringify({
      ChannelType: 'EMAIL',
      Address: 'jane@example.com',
      OptOut: 'MAYBE',
      EffectiveDate: 'yesterday',
      Location: { Latitude: 91 },
      Metrics: { Score: 'high' },
      Attributes: { 'shirt.size': ['x'.repeat(101)], Pets: 'dog' },
      User: { UserAttributes: { Tier: Array.from({ length: 51 }, () => 'gold') } },
    });
    const path = write(
      'columns.ndjson',
      `${line}
`,
    );
    const report = await validateFile(path, { format: 'json', maxFileBytes: LIMIT });
    const at = (key: string) => line.indexOf(`"${key}"`) + 1;
    expect(new Set(report.problems.map((p) => [p.rule, p.column].join(' ')))).toEqual(
      new Set([
        `opt-out.invalid ${at('OptOut')}`,
        `effective-date.iso8601 ${at('EffectiveDate')}`,
        `location.latitude ${at('Latitude')}`,
        `metrics.not-numeric ${at('Score')}`,
        `attribute.value-too-long ${at('shirt.size')}`,
        `json.type ${at('Pets')}`,
        `attribute.too-many-values ${at('Tier')}`,
      ]),
    );
  });

  test('a JSON array, on one line too long to hold or on one of its own, is named once', async () => {
    const objects = Array.from(
      { length: 60_000 },
      (_, n) => `{"ChannelType":"SMS","Address":"+1206555${n}"}`,
    );
    for (const text of [
      `[${objects.join(',')}]\n`,
      `[${objects.slice(0, 3).join(',')}]`,
      ` [\n${objects.join(',\n')}\n]\n`,
    ]) {
      const report = await validateFile(write('array.json', text), { format: 'json', maxFileBytes: LIMIT });
      expect(report.problems.map((p) => [p.rule, p.line])).toEqual([['json.array', 1]]);
      expect(report.problems[0].message).toContain("jq -c '.[]'");
    }
  });

  test('a line too long to hold counts as one endpoint', async () => {
    const long = `{"ChannelType":"SMS","Address":"+12065550100","Attributes":{"Note":["${'x'.repeat(2 ** 21)}"]}}`;
    const report = await validateFile(write('long.json', `${long}\n`), {
      format: 'json',
      maxFileBytes: LIMIT,
    });
    expect(report.problemsByRule).toEqual({ 'endpoint.too-large': 1 });
    expect(report.statistics.rows).toBe(1);
  });

  test('a multi-byte character and a quoted value cut where a read ends', async () => {
    // Reads end every 256 KiB: a 3-byte character and a quoted newline across the one that ends at 1 MiB.
    const header = 'ChannelType,Address,Attributes.Note\n';
    const row = 'EMAIL,part.user@example.com,€uro\n';
    let body = header;
    while (body.length < (1 << 20) - 40) body += row.replace('part.user', `u${body.length}`);
    body += 'EMAIL,edge.user@example.com,"x\ny"\n' + row.replace('part.user', 'last.user');
    const path = write('parts.csv', body);
    const report = await validateFile(path, { format: 'csv', maxFileBytes: LIMIT });
    const lines = body.split('\n');
    const edgeLine = lines.findIndex((l) => l.startsWith('EMAIL,edge.user')) + 1;
    expect(report.problems.map((p) => [p.rule, p.line])).toEqual([['csv.line-break-in-value', edgeLine]]);
    expect(report.statistics.rows).toBe(lines.length - 3); // header, the quoted newline, the final ''
  });
});

describe('messages', () => {
  test('near misses in the header get a "did you mean"', async () => {
    const report = await validateFile(fixturePath('header-unknown-column.csv'), {
      format: 'csv',
      maxFileBytes: LIMIT,
    });
    const messages = report.problems.filter((p) => p.rule === 'header.unknown-column').map((p) => p.message);
    expect(messages[0]).toContain('Did you mean ChannelType?');
    expect(messages[1]).toContain('Did you mean Address?');
    expect(messages[2]).toContain('column named Address');
    const prefixes = await validateFile(fixturePath('header-case-prefix.csv'), {
      format: 'csv',
      maxFileBytes: LIMIT,
    });
    expect(prefixes.problems.map((p) => p.message).join('\n')).toMatch(
      /Did you mean Attributes\.Plan\?[^]*Did you mean Metrics\.Score\?/,
    );
  });

  test('a wrong case of a channel type or OptOut gets a "did you mean"', async () => {
    const channels = await validateFile(fixturePath('channel-type-invalid.csv'), {
      format: 'csv',
      maxFileBytes: LIMIT,
    });
    expect(channels.problems[0].message).toContain('Did you mean EMAIL?');
    const optOut = await validateFile(fixturePath('opt-out-invalid.csv'), {
      format: 'csv',
      maxFileBytes: LIMIT,
    });
    expect(optOut.problems[0].message).toContain('Did you mean NONE?');
  });

  test('duplicates and users over the limit are found across batches, on the right lines', async () => {
    const rows = ['ChannelType,Address,User.UserId'];
    for (let i = 0; i < 80_000; i++) {
      const user = i % 4000 === 0 ? 'crowded' : `user-${i}`;
      rows.push(`EMAIL,member${i === 79_999 ? 3 : i}@example.com,${user}`);
    }
    const path = write('batches.csv', `${rows.join('\n')}\n`);
    const report = await validateFile(path, { format: 'csv', maxFileBytes: LIMIT });
    expect(report.problems.map((p) => [p.rule, p.line])).toEqual([
      // The 16th row of "crowded" is row 15 * 4000 + 1, on line 60,002.
      ['user.too-many-endpoints', 60_002],
      ['duplicate.endpoint', 80_001],
    ]);
    expect(report.statistics.distinctUsers).toBe(80_000 - 20 + 1);
  });
});

describe('privacy', () => {
  /** Every address in every fixture: the Address column of CSV files, "Address" in NDJSON. */
  function addressesOf(fixture: string): string[] {
    const text = readFileSync(fixturePath(fixture), 'latin1');
    const found = new Set<string>();
    for (const m of text.matchAll(/[\w.+-]+@[\w.-]+/g)) found.add(m[0]);
    for (const m of text.matchAll(/\+\d[\d ]{5,}\d|\(\d{3}\) \d{3}-\d{4}|\b\d{10,}\b/g)) found.add(m[0]);
    for (const m of text.matchAll(/"Address":"([^"]*)"/g)) found.add(m[1]);
    // Tokens: long runs of letters and digits (both).
    for (const m of text.matchAll(/[\w-]{30,}/g)) if (/\d/.test(m[0]) && /[a-z]/i.test(m[0])) found.add(m[0]);
    return [...found].filter((a) => a.length >= 6);
  }

  test('no address of any fixture appears in any report', async () => {
    let checked = 0;
    for (const fixture of allFixtures()) {
      const report = await validateFile(fixturePath(fixture), {
        format: formatOf(fixture),
        maxFileBytes: LIMIT,
      });
      const json = JSON.stringify(report);
      for (const address of addressesOf(fixture)) {
        expect(json).not.toContain(address);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
