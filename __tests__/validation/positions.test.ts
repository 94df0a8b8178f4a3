// Where problems are placed: lines and columns in characters (code points), on the line each
// value is on, and the parser's handling of a lone CR and of a quote that never closes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { validateFile, type FileFormat, type Problem } from '../../src/validation/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'positions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

async function problemsOf(content: string, format: FileFormat = 'csv'): Promise<Problem[]> {
  const path = join(dir, `list-${files++}.${format === 'csv' ? 'csv' : 'ndjson'}`);
  writeFileSync(path, content);
  return (await validateFile(path, { format, maxFileBytes: 1 << 30 })).problems;
}

const placed = (problems: Problem[]): [string, number, number | undefined][] =>
  problems.map((p) => [p.rule, p.line, p.column]);

describe('columns count characters, not UTF-16 code units', () => {
  test('CSV: a value after emoji (two code units each) on a plain row', async () => {
    const problems = await problemsOf('ChannelType,Attributes.Mood,Address\nEMAIL,😀😀,not-an-address\n');
    // "EMAIL," is 6 characters, "😀😀," 3: the address starts at character 10.
    expect(placed(problems)).toEqual([['address.email', 2, 10]]);
  });

  test('CSV: the careful path (a quoted value) counts characters too', async () => {
    const problems = await problemsOf(
      'ChannelType,Attributes.Mood,Address\nEMAIL,"😀,😀",a\tb@example.com\n',
    );
    expect(placed(problems)).toEqual(
      [
        ['csv.tab-in-value', 2, 14],
        ['address.email', 2, 13],
      ].sort((a, b) => (a[2] as number) - (b[2] as number)),
    );
  });

  test('NDJSON: a key after an emoji', async () => {
    const line = '{"Attributes":{"Mood":["😀"]},"ChannelType":"EMAIL","Address":"nope"}';
    const problems = await problemsOf(`${line}\n`, 'json');
    // One character less than its place in code units, plus one.
    expect(placed(problems)).toEqual([['address.email', 1, line.indexOf('"Address"')]]);
  });

  test('an invalid UTF-8 byte after an emoji', async () => {
    const bytes = Buffer.concat([
      Buffer.from('ChannelType,Address\nEMAIL,😀'),
      Buffer.from([0xff]),
      Buffer.from('\n'),
    ]);
    const path = join(dir, 'invalid.csv');
    writeFileSync(path, bytes);
    const { problems } = await validateFile(path, { format: 'csv', maxFileBytes: 1 << 30 });
    expect(placed(problems.filter((p) => p.rule === 'encoding.invalid-utf8'))).toEqual([
      ['encoding.invalid-utf8', 2, 8],
    ]);
  });
});

describe('a row whose value spans lines', () => {
  test('each problem is on the line, and at the column, of its own value', async () => {
    const problems = await problemsOf('ChannelType,Attributes.Note,Address\nEMAIL,"one\ntwo",bad\n');
    expect(placed(problems)).toEqual([
      ['csv.line-break-in-value', 2, 11],
      ['address.email', 3, 6],
    ]);
  });

  test('extra values are reported where they are', async () => {
    const problems = await problemsOf('ChannelType,Address\nEMAIL,"a\nb@example.com",extra\n');
    expect(placed(problems)).toEqual([
      ['csv.line-break-in-value', 2, 9],
      ['csv.row-width', 3, 16],
    ]);
  });
});

describe('NDJSON: the Address column is the top-level key', () => {
  test('not a custom attribute named Address before it', async () => {
    const line = '{"ChannelType":"EMAIL","Attributes":{"Address":["x"]},"Address":"bad"}';
    const problems = await problemsOf(`${line}\n`, 'json');
    expect(placed(problems)).toEqual([['address.email', 1, line.lastIndexOf('"Address"') + 1]]);
  });

  test('nor a string value that reads Address', async () => {
    const line = '{"Id":"Address","ChannelType":"SMS","Address":"12"}';
    const problems = await problemsOf(`${line}\n`, 'json');
    expect(placed(problems)).toEqual([['address.phone-no-plus', 1, line.indexOf('"Address":') + 1]]);
  });

  test('User.UserId, not an attribute named UserId', async () => {
    const line = '{"Attributes":{"UserId":["x"]},"User":{"UserId":""}}';
    const problems = await problemsOf(`${line}\n`, 'json');
    expect(placed(problems)).toEqual([['user.missing', 1, line.lastIndexOf('"UserId"') + 1]]);
  });

  test('nor the UserId of a User object nested deeper', async () => {
    const line = '{"Extra":{"User":{"UserId":"a"}},"User":{"UserId":""}}';
    const problems = await problemsOf(`${line}\n`, 'json');
    expect(placed(problems).filter(([rule]) => rule === 'user.missing')).toEqual([
      ['user.missing', 1, line.lastIndexOf('"UserId"') + 1],
    ]);
  });
});

describe('a lone CR', () => {
  test('at the very end of the file is a line break in the value, as anywhere else', async () => {
    const end = await problemsOf('ChannelType,Address\nEMAIL,a@example.com\r');
    const middle = await problemsOf('ChannelType,Address\nEMAIL,a@example.com\r\nEMAIL,b@example.com\n');
    // The CR is part of the address, which is then not one.
    expect(placed(end)).toEqual([
      ['address.email', 2, 7],
      ['csv.line-break-in-value', 2, 20],
    ]);
    expect(placed(middle)).toEqual([]); // CRLF is a line ending
    const inside = await problemsOf('ChannelType,Address\nEMAIL,a@example.com\rEMAIL\n');
    expect(placed(inside)).toContainEqual(['csv.line-break-in-value', 2, 20]);
  });

  test('after a closing quote at the end of the file is text after the quote', async () => {
    const problems = await problemsOf('ChannelType,Address\nEMAIL,"a@example.com"\r');
    expect(placed(problems)).toEqual([
      ['address.email', 2, 7],
      ['csv.garbage-after-quote', 2, 22],
    ]);
  });

  test('ending the header line, at the end of the file: the old Mac line endings', async () => {
    const problems = await problemsOf('ChannelType,Address\r');
    expect(placed(problems)).toEqual([['csv.line-endings', 1, 20]]);
  });
});

test('a quote that never closes keeps the problems before it in the row', async () => {
  const problems = await problemsOf(
    'ChannelType,Attributes.A,Address\nEMAIL,a\tb,"x@example.com\nEMAIL,,b@example.com\n',
  );
  expect(placed(problems)).toEqual([
    ['csv.tab-in-value', 2, 8],
    ['csv.unterminated-quote', 2, 11],
  ]);
});

test('NDJSON: a syntax error and an unknown field after an emoji, in characters', async () => {
  const bad = '{"Attributes":{"Mood":["😀"]},"ChannelType":"EMAIL",}';
  const unknown = '{"Attributes":{"Mood":["😀"]},"Chanel":"EMAIL","Id":"e1"}';
  const problems = await problemsOf(`${bad}\n${unknown}\n`, 'json');
  expect(placed(problems)).toEqual([
    ['json.syntax', 1, bad.lastIndexOf('}')],
    ['json.unknown-field', 2, unknown.indexOf('"Chanel"')],
  ]);
});
