// The Customer Profiles stand-in's pure parts: its CSV parser, the import's counting and expiry, and
// segment-group evaluation for each dimension type.
import { describe, expect, test } from '@jest/globals';
import { ProfileRecords, type ProfileRecord, type UploadJobRecord } from '../../standin/profile-records.ts';
import { checkSegmentGroups, isMember, SegmentGroupsError } from '../../standin/segment-groups.ts';
import { BadFileError, importUpload, parseCsv } from '../../standin/upload-file.ts';

const DAY = 86_400_000;

function job(dataExpiry: number): UploadJobRecord {
  return {
    JobId: '0'.repeat(32),
    DisplayName: 'x',
    Status: 'IN_PROGRESS',
    CreatedAt: 0,
    Fields: {
      Id: { Source: '_source.Id', Target: '_profile.AccountNumber' },
      Score: { Source: '_source.Score', Target: '_profile.Attributes.score', ContentType: 'NUMBER' },
      Phone: { Source: '_source.Phone', Target: '_profile.PhoneNumber', ContentType: 'PHONE_NUMBER' },
    },
    UniqueKey: 'Id',
    DataExpiry: dataExpiry,
  };
}

describe('parseCsv', () => {
  test('quoted commas, doubled quotes, line breaks in quotes, CRLF and blank lines', () => {
    expect(parseCsv('a,b\r\n"x,1","say ""hi"""\n\n"multi\nline",\n')).toEqual([
      ['a', 'b'],
      ['x,1', 'say "hi"'],
      ['multi\nline', ''],
    ]);
  });

  test('a stray quote spoils its record only; an unclosed quote spoils the file', () => {
    expect(parseCsv('a,b\nx"y,1\n"q"z,2\nok,3')).toEqual([['a', 'b'], undefined, undefined, ['ok', '3']]);
    expect(() => parseCsv('a\n"open\n')).toThrow(BadFileError);
  });
});

describe('importUpload', () => {
  test('counts created, updated (also a key repeated in the file) and failed rows', () => {
    const domain = new ProfileRecords().domain('111111111111', 'us-east-1', 'd');
    const file = Buffer.from(
      'Id,Score,Phone\n' +
        'a,1.5,+1 (604) 555-0182\n' +
        'b,-2e3,\n' +
        'a,3,\n' +
        'c,many,\n' +
        'd,,12345\n' +
        'e,,+351 912 345 678\n',
    );
    const outcome = importUpload(file, job(14), domain, 0);
    expect(outcome).toEqual({
      Status: 'PARTIALLY_SUCCEEDED',
      ResultsSummary: { CreatedRecords: 3, UpdatedRecords: 1, FailedRecords: 2 },
    });
    expect(domain.profiles.get('a')).toMatchObject({
      fields: { AccountNumber: 'a', PhoneNumber: '+1 (604) 555-0182' },
      Attributes: { score: '3' },
    });
  });

  test('the longest expiry wins, and an expired profile is gone', () => {
    const records = new ProfileRecords();
    const domain = records.domain('111111111111', 'us-east-1', 'd');
    importUpload(
      Buffer.from('Id\nlong\nshort\n'),
      { ...job(30), Fields: { Id: job(30).Fields.Id } },
      domain,
      0,
    );
    importUpload(
      Buffer.from('Id\nlong\nshort\n'),
      { ...job(1), Fields: { Id: job(1).Fields.Id } },
      domain,
      0,
    );
    expect(domain.profiles.get('long')!.expiresAt).toBe(30 * DAY);
    const outcome = importUpload(
      Buffer.from('Id\nlater\n'),
      { ...job(1), Fields: { Id: job(1).Fields.Id } },
      domain,
      40 * DAY,
    );
    expect(outcome.ResultsSummary.CreatedRecords).toBe(1);
    expect(records.liveProfiles(domain, 40 * DAY).map((p: ProfileRecord) => p.uniqueKey)).toEqual(['later']);
  });
});

describe('segment groups', () => {
  const profile: ProfileRecord = {
    ProfileId: '1'.repeat(32),
    uniqueKey: 'a',
    fields: { FirstName: 'Ana', 'Address.City': 'Lisbon', BirthDate: '1990-05-01' },
    Attributes: { list: 'newsletter', score: '7' },
    expiresAt: Number.MAX_SAFE_INTEGER,
  };
  const one = (dimension: object, type = 'ALL'): object => ({
    Groups: [{ Type: type, Dimensions: [{ ProfileAttributes: dimension }] }],
  });
  const member = (groups: object): boolean => isMember(groups, profile, () => false);

  test.each<[string, object, boolean]>([
    ['INCLUSIVE', { FirstName: { DimensionType: 'INCLUSIVE', Values: ['Ana', 'Bo'] } }, true],
    ['EXCLUSIVE', { FirstName: { DimensionType: 'EXCLUSIVE', Values: ['Ana'] } }, false],
    ['EXCLUSIVE on a missing value', { LastName: { DimensionType: 'EXCLUSIVE', Values: ['X'] } }, true],
    ['INCLUSIVE on a missing value', { LastName: { DimensionType: 'INCLUSIVE', Values: ['X'] } }, false],
    ['CONTAINS', { Address: { City: { DimensionType: 'CONTAINS', Values: ['isb'] } } }, true],
    ['BEGINS_WITH', { FirstName: { DimensionType: 'BEGINS_WITH', Values: ['An'] } }, true],
    ['ENDS_WITH', { FirstName: { DimensionType: 'ENDS_WITH', Values: ['x'] } }, false],
    ['an attribute EQUAL', { Attributes: { score: { DimensionType: 'EQUAL', Values: ['7.0'] } } }, true],
    [
      'an attribute GREATER_THAN',
      { Attributes: { score: { DimensionType: 'GREATER_THAN', Values: ['7'] } } },
      false,
    ],
    ['BirthDate BEFORE', { BirthDate: { DimensionType: 'BEFORE', Values: ['2000-01-01'] } }, true],
    [
      'BirthDate BETWEEN',
      { BirthDate: { DimensionType: 'BETWEEN', Values: ['1991-01-01', '1999-01-01'] } },
      false,
    ],
    ['ProfileType', { ProfileType: { DimensionType: 'INCLUSIVE', Values: ['PROFILE'] } }, true],
  ])('%s', (_what, dimension, expected) => {
    expect(member(one(dimension))).toBe(expected);
  });

  test('Type, Include and SourceType combine as ALL, ANY and NONE', () => {
    const yes = { ProfileAttributes: { FirstName: { DimensionType: 'INCLUSIVE', Values: ['Ana'] } } };
    const no = { ProfileAttributes: { FirstName: { DimensionType: 'INCLUSIVE', Values: ['Bo'] } } };
    expect(member({ Groups: [{ Dimensions: [yes, no] }] })).toBe(false);
    expect(member({ Groups: [{ Type: 'ANY', Dimensions: [yes, no] }] })).toBe(true);
    expect(member({ Groups: [{ Type: 'NONE', Dimensions: [no] }] })).toBe(true);
    expect(member({ Include: 'ANY', Groups: [{ Dimensions: [no] }, { Dimensions: [yes] }] })).toBe(true);
    expect(member({ Include: 'NONE', Groups: [{ Dimensions: [yes] }] })).toBe(false);
    const inSource = (name: string): boolean => name === 'in';
    expect(
      isMember({ Groups: [{ SourceSegments: [{ SegmentDefinitionName: 'in' }] }] }, profile, inSource),
    ).toBe(true);
    expect(
      isMember(
        { Groups: [{ SourceType: 'NONE', SourceSegments: [{ SegmentDefinitionName: 'in' }] }] },
        profile,
        inSource,
      ),
    ).toBe(false);
  });

  test('checkSegmentGroups refuses what the model does not allow, naming where', () => {
    const check = (groups: object): string => {
      try {
        checkSegmentGroups(groups, () => true);
        return 'accepted';
      } catch (error) {
        return error instanceof SegmentGroupsError ? error.message : 'other';
      }
    };
    expect(check(one({ Nickname: { DimensionType: 'INCLUSIVE', Values: ['x'] } }))).toBe(
      'SegmentGroups.Groups[0].Dimensions[0].ProfileAttributes.Nickname is not a member of ProfileAttributes.',
    );
    expect(check(one({ FirstName: { DimensionType: 'INCLUSIVE', Values: ['x'.repeat(256)] } }))).toContain(
      '1 to 255',
    );
    expect(check(one({ BirthDate: { DimensionType: 'INCLUSIVE', Values: ['x'] } }))).toContain(
      'DimensionType',
    );
    expect(check(one({ Attributes: { list: { DimensionType: 'GREATER_THAN', Values: ['1'] } } }))).toBe(
      'accepted',
    );
    expect(check({ Groups: [{ Type: 'SOME' }] })).toContain('Type must be one of ALL, ANY, NONE');
  });
});
