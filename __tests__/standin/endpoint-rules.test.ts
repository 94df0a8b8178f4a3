// The stand-in's own reading of Pinpoint's endpoint rules (kept apart from the action's validator).
import { describe, expect, test } from '@jest/globals';
import { ImportLimits, checkEndpoint, csvRow, jsonRow, parseCsvLine } from '../../standin/endpoint-rules.ts';

const check = (line: string) => {
  const endpoint = jsonRow(line);
  return typeof endpoint === 'string' ? { ok: false, problem: endpoint } : checkEndpoint(endpoint, line);
};

describe('CSV lines', () => {
  test('quotes hold commas and doubled quotes; a stray quote is malformed', () => {
    expect(parseCsvLine('a,"b,c","say ""hi""",')).toEqual(['a', 'b,c', 'say "hi"', '']);
    expect(parseCsvLine('a,b"c')).toBeUndefined();
    expect(parseCsvLine('"open')).toBeUndefined();
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
    ['{"ChannelType":"SMS","Address":"6045550182"}', /E\.164/],
    ['{"ChannelType":"EMAIL","Address":"not-an-address"}', /email/],
    ['{"ChannelType":"FAX","Address":"+16045550182"}', /Invalid ChannelType/],
    ['{"Address":"+16045550182"}', /needs ChannelType and Address/],
    ['{"ChannelType":"SMS","Address":"+16045550182","OptOut":"SOME"}', /OptOut/],
    ['{"ChannelType":"SMS","Address":"+16045550182","Metrics":{"score":"high"}}', /not a number/],
    ['{"ChannelType":"SMS","Address":"+16045550182","Colour":"blue"}', /Unknown attribute Colour/],
    [
      `{"ChannelType":"SMS","Address":"+16045550182","Attributes":{"${'n'.repeat(51)}":["x"]}}`,
      /longer than 50/,
    ],
    [
      `{"ChannelType":"SMS","Address":"+16045550182","Attributes":{"Note":["${'v'.repeat(101)}"]}}`,
      /longer than 100/,
    ],
    ['{"ChannelType":"SMS","Address":"+16045550182","Location":{"Latitude":"91"}}', /out of range/],
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
