// Plain profile CSVs: passed through with their field-mapping, the unique key chosen, their rules.
import { describe, expect, test } from '@jest/globals';
import { convert, fileWith, records } from './helpers.ts';

const CUSTOMERS = [
  'customer_no,email,first,tier,note',
  'C-1,ana@example.com,Ana,gold,"likes ""quotes"", and commas"',
  'C-2,bo@example.com,Bo,,',
].join('\r\n');

describe('a profile CSV with a field-mapping', () => {
  const mapping =
    'customer_no: AccountNumber\nemail: EmailAddress\nfirst: FirstName\ntier: Attributes.tier\nnote: null\n';

  test('passes its rows through, the columns left out removed and the marker added', async () => {
    const result = await convert(fileWith(CUSTOMERS), { fieldMapping: mapping });
    expect(result.kind).toBe('profile');
    expect(result.errorCount).toBe(0);
    expect(result.profiles).toBe(2);
    expect(result.uniqueKey).toBe('customer_no');
    expect(result.table).toEqual([
      ['customer_no', 'email', 'first', 'tier', 'list_newsletter'],
      ['C-1', 'ana@example.com', 'Ana', 'gold', 'v1'],
      ['C-2', 'bo@example.com', 'Bo', '', 'v1'],
    ]);
    expect(result.fields).toEqual({
      customer_no: { Source: '_source.customer_no', Target: '_profile.AccountNumber', ContentType: 'STRING' },
      email: { Source: '_source.email', Target: '_profile.EmailAddress', ContentType: 'EMAIL_ADDRESS' },
      first: { Source: '_source.first', Target: '_profile.FirstName', ContentType: 'NAME' },
      tier: { Source: '_source.tier', Target: '_profile.Attributes.tier', ContentType: 'STRING' },
      list_newsletter: {
        Source: '_source.list_newsletter',
        Target: '_profile.Attributes.list_newsletter',
        ContentType: 'STRING',
      },
    });
  });

  test('keeps values with quotes and commas intact', async () => {
    const result = await convert(fileWith(CUSTOMERS), { fieldMapping: 'customer_no: AccountNumber' });
    expect(records(result)[0].note).toBe('likes "quotes", and commas');
    expect(result.fields.note.Target).toBe('_profile.Attributes.note');
  });

  test('unique-key chooses the column that identifies a profile', async () => {
    const result = await convert(fileWith(CUSTOMERS), {
      fieldMapping: 'email: EmailAddress',
      uniqueKey: 'email',
    });
    expect(result.errorCount).toBe(0);
    expect(result.uniqueKey).toBe('email');
  });

  test('a mapping that names a column the file lacks is an error on the header', async () => {
    const result = await convert(fileWith(CUSTOMERS), {
      fieldMapping: 'customer_no: AccountNumber\nEmail: EmailAddress',
    });
    expect(result.problems).toEqual([
      expect.objectContaining({ rule: 'profiles.mapping-unknown-column', line: 1 }),
    ]);
    expect(result.problems[0].message).toContain('Email');
  });

  test('two columns that fill one field are an error', async () => {
    const file = fileWith('AccountNumber,EmailAddress,mail\n1,a@example.com,b@example.com\n');
    const result = await convert(file, { fieldMapping: 'mail: EmailAddress' });
    expect(result.problems).toEqual([
      expect.objectContaining({ rule: 'profiles.field-taken', line: 1, column: 28 }),
    ]);
  });
});

describe('a profile CSV without a field-mapping', () => {
  test('columns named for standard fields fill them; others become attributes', async () => {
    const file = fileWith('AccountNumber,EmailAddress,Address.City,plan\n1,a@example.com,Lyon,gold\n');
    const result = await convert(file);
    expect(result.kind).toBe('profile');
    expect(result.uniqueKey).toBe('AccountNumber');
    expect(Object.values(result.fields).map((field) => field.Target)).toEqual([
      '_profile.AccountNumber',
      '_profile.EmailAddress',
      '_profile.Address.City',
      '_profile.Attributes.plan',
      '_profile.Attributes.list_newsletter',
    ]);
  });

  test('without a unique key, a clear error', async () => {
    const result = await convert(fileWith('email,plan\na@example.com,gold\n'));
    expect(result.problems).toEqual([
      expect.objectContaining({ rule: 'profiles.unique-key-missing', line: 1 }),
    ]);
    expect(result.problems[0].message).toMatch(/set unique-key/);
    expect(result.converted).toBeUndefined();
  });

  test('a unique-key the file does not have', async () => {
    const result = await convert(fileWith('email,plan\na@example.com,gold\n'), { uniqueKey: 'id' });
    expect(result.problems).toEqual([expect.objectContaining({ rule: 'profiles.unique-key-unknown' })]);
  });

  test('a row with an empty unique key is an error on its line', async () => {
    const result = await convert(fileWith('AccountNumber,plan\n1,gold\n,silver\n'));
    expect(result.problems).toEqual([
      expect.objectContaining({ rule: 'profiles.unique-key-empty', line: 3, column: 1 }),
    ]);
  });
});

describe("a profile CSV against Customer Profiles' rules", () => {
  test('invalid column names are reported where they are', async () => {
    const result = await convert(fileWith('AccountNumber,first name,Ünïcode,ok\n1,a,b,c\n'));
    expect(result.problems).toEqual([
      expect.objectContaining({ rule: 'profiles.column-name', line: 1, column: 15 }),
      expect.objectContaining({ rule: 'profiles.column-name', line: 1, column: 26 }),
    ]);
  });

  test('a column name over 64 characters', async () => {
    const long = 'c'.repeat(65);
    const result = await convert(fileWith(`AccountNumber,${long}\n1,a\n`));
    expect(result.problemsByRule['profiles.column-name']).toBe(1);
  });

  test('a repeated column', async () => {
    const result = await convert(fileWith('AccountNumber,plan,plan\n1,a,b\n'));
    expect(result.problems).toEqual([
      expect.objectContaining({ rule: 'profiles.duplicate-column', column: 20 }),
    ]);
  });

  test('a file whose first line is data has no header', async () => {
    const result = await convert(fileWith('1,ana@example.com,gold\n2,bo@example.com,silver\n'));
    expect(result.problems).toEqual([expect.objectContaining({ rule: 'profiles.header-missing', line: 1 })]);
    expect(result.problems[0].message).not.toContain('ana');
  });

  test('a byte-order mark is stripped', async () => {
    const result = await convert(
      fileWith(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('AccountNumber,plan\n1,a\n')])),
    );
    expect(result.problemsByRule['profiles.byte-order-mark']).toBe(1);
    expect(result.table[0]).toEqual(['AccountNumber', 'plan', 'list_newsletter']);
    expect(result.text.startsWith('AccountNumber')).toBe(true);
  });

  test('CSV syntax problems and rows of the wrong width are reported', async () => {
    const result = await convert(fileWith('AccountNumber,plan\n1,a,extra\n2,"open\n'));
    expect(result.problemsByRule['csv.row-width']).toBe(1);
    expect(result.problemsByRule['csv.unterminated-quote']).toBe(1);
  });

  test('a file that is not UTF-8', async () => {
    const result = await convert(fileWith(Buffer.from('AccountNumber,city\n1,M\xfcnchen\n', 'latin1')));
    expect(result.problems).toEqual([
      expect.objectContaining({ rule: 'encoding.invalid-utf8', line: 2, column: 4 }),
    ]);
  });

  test('an empty file and a header without rows', async () => {
    expect((await convert(fileWith(''))).problemsByRule['file.empty']).toBe(1);
    expect((await convert(fileWith('AccountNumber,plan\n'))).problemsByRule['file.no-rows']).toBe(1);
  });

  test('a value over 255 characters', async () => {
    const result = await convert(fileWith(`AccountNumber,plan\n1,${'x'.repeat(256)}\n`));
    expect(result.problems).toEqual([
      expect.objectContaining({ rule: 'profiles.value-too-long', line: 2, column: 3 }),
    ]);
  });
});

describe('what the caller gives', () => {
  test('a file that does not exist, or a directory, is a problem, not a crash', async () => {
    const { tmpdir } = await import('node:os');
    expect((await convert('no/such/file.csv', { kind: 'profile' })).problemsByRule['file.not-found']).toBe(1);
    expect(
      (await convert(tmpdir(), { kind: 'profile', format: 'csv' })).problemsByRule['file.not-a-file'],
    ).toBe(1);
  });

  test('field-mapping with a Pinpoint file, or a profile file that is not CSV, is refused', async () => {
    await expect(
      convert('examples/recipients.csv', { kind: 'pinpoint', fieldMapping: 'Address: EmailAddress' }),
    ).rejects.toThrow(/applies to a plain profile CSV/);
    await expect(convert(fileWith('{}', 'ndjson'), { kind: 'profile', format: 'json' })).rejects.toThrow(
      /must be a CSV/,
    );
  });

  test('lengths are counted in characters, as the model counts them', async () => {
    const result = await convert(
      fileWith(`AccountNumber,plan\n1,${'😀'.repeat(255)}\n2,${'😀'.repeat(256)}\n`),
    );
    expect(result.problems).toEqual([expect.objectContaining({ rule: 'profiles.value-too-long', line: 3 })]);
  });
});
