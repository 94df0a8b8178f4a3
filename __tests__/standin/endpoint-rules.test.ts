// The stand-in's own reading of Pinpoint's endpoint rules (kept apart from the action's validator).
import { Readable } from 'node:stream';
import { describe, expect, test } from '@jest/globals';
import {
  PieceFailure,
  csvHeader,
  csvRow,
  jsonRow,
  parseCsvLine,
  readEndpoints,
} from '../../standin/endpoint-file.ts';
import { ImportLimits, checkEndpoint } from '../../standin/endpoint-rules.ts';

const check = (line: string) => {
  const endpoint = jsonRow(line);
  return typeof endpoint === 'string' ? { ok: false, problem: endpoint } : checkEndpoint(endpoint, line);
};

describe('CSV lines', () => {
  test('quotes hold commas and doubled quotes; a stray quote is malformed', () => {
    expect(parseCsvLine('a,"b,c","say ""hi""",')).toEqual(['a', 'b,c', 'say "hi"', '']);
    expect(parseCsvLine('a,b"c')).toBeUndefined();
    expect(parseCsvLine('"open')).toBeUndefined();
    expect(parseCsvLine('"Los Angeles"CA,x')).toBeUndefined();
  });

  test('header names are read without the spaces around them; EndpointStatus is dropped', () => {
    const header = csvHeader('ChannelType,Address, User.UserAttributes.Tag,EndpointStatus')!;
    expect(header).toEqual(['ChannelType', 'Address', 'User.UserAttributes.Tag', 'EndpointStatus']);
    const row = csvRow(header, 'EMAIL,ana@example.com,a,ACTIVE');
    expect(typeof row === 'string' ? row : Object.fromEntries(row)).toEqual({
      ChannelType: ['EMAIL'],
      Address: ['ana@example.com'],
      'User.UserAttributes.Tag': ['a'],
    });
  });

  test('a repeated header makes a multi-valued attribute; a short row is refused', () => {
    const header = ['ChannelType', 'Address', 'Attributes.Ride', 'Attributes.Ride'];
    const row = csvRow(header, 'SMS,+16045550182,Bus,Train');
    expect(typeof row === 'string' ? row : Object.fromEntries(row)).toEqual({
      ChannelType: ['SMS'],
      Address: ['+16045550182'],
      'Attributes.Ride': ['Bus', 'Train'],
    });
    expect(csvRow(header, 'SMS,+16045550182')).toMatch(/2 values but the header has 4/);
  });
});

describe('endpoint rules', () => {
  test.each([
    [
      '{"ChannelType":"SMS","Address":"+16045550182","Location":{"Country":"CA"},"Attributes":{"Ride":["Bus"]}}',
      true,
    ],
    ['{"ChannelType":"EMAIL","Address":"ana@example.com","OptOut":"NONE","Metrics":{"score":4.5}}', true],
    ['{"Id":"existing-endpoint","Attributes":{"Plan":["gold"]}}', true],
    ['{"User":{"UserId":"u-1"}}', true],
    // Digits without + are taken, as the Developer Guide's example has them (SMS,12065550182).
    ['{"ChannelType":"SMS","Address":"12065550182"}', true],
    ['{"ChannelType":"SMS","Address":"+1 604 555 0182"}', /E\.164/],
    ['{"ChannelType":"APNS","Address":"1a2b3c4d5e6f7g8h9i0j1a2b3c4d5e6f"}', true],
    ['{"ChannelType":"APNS","Address":"<a1b2 c3d4>"}', /device token/],
    // Not imported, and its value ignored (the email-preferences tutorial's file has it).
    ['{"ChannelType":"EMAIL","Address":"ana@example.com","EndpointStatus":"WHATEVER"}', true],
    ['{"ChannelType":"EMAIL","Address":"ana@example.com","EffectiveDate":"2026-02-30"}', /ISO-8601/],
    ['{"ChannelType":"EMAIL","Address":"ana@example.com","EffectiveDate":"2019-08-23T10:54:35.220Z"}', true],
    ['{"ChannelType":"EMAIL","Address":"ana@example.com","Metrics":{"score":"4.5"}}', /must be a number/],
    [
      '{"ChannelType":"EMAIL","Address":"ana@example.com","Location":{"Latitude":"49.2"}}',
      /must be a number/,
    ],
    ['{"ChannelType":"EMAIL","Address":"ana@example.com","Attributes":{"Ride":"Bus"}}', /array of strings/],
    ['{"ChannelType":"EMAIL","Address":"ana@example.com","Colour":{"a":1}}', /Unknown attribute Colour/],
    ['{"ChannelType":"EMAIL","Address":"not-an-address"}', /email/],
    ['{"ChannelType":"FAX","Address":"+16045550182"}', /Invalid ChannelType/],
    ['{"Address":"+16045550182"}', /needs ChannelType and Address/],
    ['{"ChannelType":"SMS","Address":"+16045550182","OptOut":"SOME"}', /OptOut/],
    ['{"ChannelType":"SMS","Address":"+16045550182","Metrics":{"score":"high"}}', /must be a number/],
    ['{"ChannelType":"SMS","Address":"+16045550182","Colour":"blue"}', /Unknown attribute Colour/],
    [
      `{"ChannelType":"SMS","Address":"+16045550182","Attributes":{"${'n'.repeat(51)}":["x"]}}`,
      /longer than 50/,
    ],
    [
      `{"ChannelType":"SMS","Address":"+16045550182","Attributes":{"Note":["${'v'.repeat(101)}"]}}`,
      /longer than 100/,
    ],
    ['{"ChannelType":"SMS","Address":"+16045550182","Location":{"Latitude":91}}', /out of range/],
    ['[1,2]', /one JSON object/],
    ['{"ChannelType":', /Malformed JSON/],
  ])('%s', (line, expected) => {
    const result = check(line);
    if (expected === true) expect(result).toMatchObject({ ok: true });
    else expect(result).toMatchObject({ ok: false, problem: expect.stringMatching(expected as RegExp) });
  });
});

describe('limits across rows', () => {
  test('at most 15 endpoints per user ID', () => {
    const limits = new ImportLimits();
    const endpoint = (n: number) =>
      new Map([
        ['Address', [`+1604555${String(n).padStart(4, '0')}`]],
        ['ChannelType', ['SMS']],
        ['User.UserId', ['u-1']],
      ]);
    for (let n = 0; n < 15; n++) expect(limits.admit(endpoint(n))).toBeUndefined();
    expect(limits.admit(endpoint(15))).toMatch(/15 endpoints/);
  });

  test('at most 250 custom attributes', () => {
    const limits = new ImportLimits();
    for (let n = 0; n < 250; n++)
      expect(limits.admit(new Map([[`Attributes.a${n}`, ['x']]]))).toBeUndefined();
    expect(limits.admit(new Map([['Attributes.a0', ['again']]]))).toBeUndefined();
    expect(limits.admit(new Map([['Metrics.one-more', ['1']]]))).toMatch(/250 custom attributes/);
  });
});

describe('reading an object', () => {
  const read = async (bytes: Buffer | string, format: 'CSV' | 'JSON') => {
    const rows = [];
    for await (const row of readEndpoints(Readable.from([Buffer.from(bytes)]), format)) rows.push(row);
    return rows.map((row) => (row.ok ? row.line : `${row.line}: ${row.problem}`));
  };

  test('blank lines and lines of commas are skipped; CRLF and a UTF-8 byte-order mark are read', async () => {
    const csv = '\ufeffChannelType,Address\r\nEMAIL,a@example.com\r\n\r\n,\r\nSMS,+16045550182\r\n';
    expect(await read(csv, 'CSV')).toEqual([2, 5]);
    expect(await read('{"User":{"UserId":"u1"}}\n\n{"User":{"UserId":"u2"}}', 'JSON')).toEqual([1, 3]);
  });

  test('a compressed object, or one not in UTF-8, fails its piece', async () => {
    await expect(read(Buffer.from([0x1f, 0x8b, 8, 0]), 'CSV')).rejects.toThrow(PieceFailure);
    await expect(read(Buffer.from([0x50, 0x4b, 3, 4, 0]), 'JSON')).rejects.toThrow(/Compressed/);
    const latin1 = Buffer.concat([
      Buffer.from('ChannelType,Address\nEMAIL,'),
      Buffer.from([0xe9]),
      Buffer.from('@x.fr\n'),
    ]);
    await expect(read(latin1, 'CSV')).rejects.toThrow(/not UTF-8/);
  });
});
