// Pinpoint endpoint files → profiles: where each field goes, users merged, what has no place.
import { existsSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { fixturePath } from '../validation/fixtures.ts';
import { MARKER, convert, fileWith, records } from './helpers.ts';

describe('the example file', () => {
  test('becomes one profile per user, with the list marker on every row', async () => {
    const result = await convert('examples/recipients.csv');
    expect(result.kind).toBe('pinpoint');
    expect(result.errorCount).toBe(0);
    expect(result.profiles).toBe(13);
    expect(result.endpoints).toEqual({
      endpoints: 20,
      endpointsMerged: 7,
      withoutPlace: { APNS: 1, GCM: 1 },
      optedOut: { SMS: 1 },
      overProfileLimit: {},
      derivedKeys: 0,
    });
    expect(result.uniqueKey).toBe('AccountNumber');
    const rows = records(result);
    expect(rows).toHaveLength(13);
    expect(rows.every((row) => row.list_newsletter === 'v1')).toBe(true);
    expect(rows[0]).toEqual({
      AccountNumber: 'user-0001',
      list_newsletter: 'v1',
      'Address.Country': 'ES',
      'Address.City': 'Madrid',
      'Attributes.Locale': 'es_ES',
      'Attributes.Interest': 'cycling,running',
      'Attributes.LifetimeOrders': '12',
      EmailAddress: 'ana.garcia@example.com',
      PhoneNumber: '+34600111222',
    });
    // user-0005's SMS endpoint is opted out: its number has no place in the profile.
    expect(rows.find((row) => row.AccountNumber === 'user-0005')?.PhoneNumber).toBe('');
  });

  test('the Fields map names every column of the converted file, with its target and type', async () => {
    const result = await convert('examples/recipients.csv');
    expect(Object.keys(result.fields)).toEqual(result.table[0]);
    expect(result.fields.EmailAddress).toEqual({
      Source: '_source.EmailAddress',
      Target: '_profile.EmailAddress',
      ContentType: 'EMAIL_ADDRESS',
    });
    expect(result.fields.PhoneNumber.ContentType).toBe('PHONE_NUMBER');
    expect(result.fields.list_newsletter).toEqual({
      Source: '_source.list_newsletter',
      Target: '_profile.Attributes.list_newsletter',
      ContentType: 'STRING',
    });
    expect(result.fields['Address.City'].Target).toBe('_profile.Address.City');
    expect(result.fields['Attributes.Interest'].Target).toBe('_profile.Attributes.Interest');
    for (const column of Object.keys(result.fields)) expect(column).toMatch(/^[a-zA-Z0-9_.-]{1,64}$/);
  });

  test('reports the size and SHA-256 of the converted file', async () => {
    const { createHash } = await import('node:crypto');
    const result = await convert('examples/recipients.csv');
    expect(result.converted?.bytes).toBe(Buffer.byteLength(result.text));
    expect(result.converted?.sha256).toBe(createHash('sha256').update(result.text).digest('hex'));
  });
});

describe('endpoints of one user', () => {
  test('fill up to three e-mail addresses and four phone numbers; more are counted', async () => {
    const emails = [1, 2, 3, 4].map((n) => `EMAIL,u${n}@example.com,user-1`);
    const phones = [1, 2, 3, 4, 5].map((n) => `SMS,+1604555010${n},user-1`);
    const file = fileWith(
      ['ChannelType,Address,User.UserId', ...emails, ...phones, 'VOICE,+16045550101,user-1'].join('\n'),
    );
    const result = await convert(file);
    expect(result.profiles).toBe(1);
    expect(result.endpoints.endpointsMerged).toBe(9);
    expect(result.endpoints.overProfileLimit).toEqual({ EMAIL: 1, SMS: 1 });
    const [profile] = records(result);
    expect(profile).toMatchObject({
      EmailAddress: 'u1@example.com',
      PersonalEmailAddress: 'u2@example.com',
      BusinessEmailAddress: 'u3@example.com',
      PhoneNumber: '+16045550101',
      MobilePhoneNumber: '+16045550102',
      HomePhoneNumber: '+16045550103',
      BusinessPhoneNumber: '+16045550104',
    });
  });

  test('merge in any order, the first value of a standard field kept, attributes joined', async () => {
    const file = fileWith(
      [
        'ChannelType,Address,User.UserId,User.UserAttributes.FirstName,Attributes.Team,Location.Region',
        'EMAIL,a@example.com,user-1,Ana,Blue,Ontario',
        'EMAIL,b@example.com,user-2,Bo,,',
        'SMS,+16045550101,user-1,Anna,Red,',
        'SMS,+16045550102,user-1,,Blue,',
      ].join('\n'),
    );
    const rows = records(await convert(file));
    expect(rows).toEqual([
      expect.objectContaining({
        AccountNumber: 'user-1',
        FirstName: 'Ana',
        'Attributes.Team': 'Blue,Red',
        'Address.County': 'Ontario',
        EmailAddress: 'a@example.com',
        PhoneNumber: '+16045550101',
        MobilePhoneNumber: '+16045550102',
      }),
      expect.objectContaining({ AccountNumber: 'user-2', FirstName: 'Bo', EmailAddress: 'b@example.com' }),
    ]);
  });
});

describe('endpoints with no place in a profile', () => {
  test('push endpoints are counted per channel, never dropped silently', async () => {
    const result = await convert(fixturePath('valid-basic.csv'));
    expect(result.errorCount).toBe(0);
    expect(result.endpoints.withoutPlace).toEqual({ APNS: 1, GCM: 1, CUSTOM: 1 });
    expect(result.endpoints.optedOut).toEqual({ VOICE: 1 });
    // No token reaches the converted file.
    expect(result.text).not.toMatch(/a1b2c3d4e5f6|fcm-token/);
  });
});

describe('endpoints without a user ID', () => {
  test('become one profile each, keyed by their Id or a hash of their address', async () => {
    const result = await convert(fixturePath('valid.ndjson'));
    expect(result.endpoints.derivedKeys).toBe(2);
    const keys = records(result).map((row) => row.AccountNumber);
    expect(keys[0]).toMatch(/^address-[0-9a-f]{32}$/);
    expect(keys[1]).toBe('endpoint-endpoint-9');
    expect(keys[2]).toBe('user-7');
    expect(result.text).not.toContain(keys[0].includes('6045550182') ? 'x' : '6045550182,'.repeat(2));
  });

  test('the derived key is the same from one run to the next', async () => {
    const first = await convert(fixturePath('valid.ndjson'));
    const second = await convert(fixturePath('valid.ndjson'));
    expect(second.converted?.sha256).toBe(first.converted?.sha256);
  });
});

describe('NDJSON', () => {
  test('nested fields go where their CSV columns go', async () => {
    const result = await convert(fixturePath('valid.ndjson'));
    expect(result.errorCount).toBe(0);
    const rows = records(result);
    expect(rows[0]).toMatchObject({
      PhoneNumber: '+16045550182',
      'Address.Country': 'CA',
      'Attributes.Ride': 'Bus',
      'Attributes.Latitude': '49.28',
    });
    expect(rows[2]).toMatchObject({
      EmailAddress: 'kofi.annan@example.org',
      'Attributes.Team': 'Blue,Red',
      'Attributes.Score': '3.5',
    });
    // Columns that appear on later lines are filled in as empty on the earlier rows.
    expect(result.table.every((row) => row.length === result.table[0].length)).toBe(true);
  });
});

describe("Customer Profiles' rules", () => {
  test('a byte-order mark is reported, and left out of the converted file', async () => {
    const result = await convert(fixturePath('valid-excel-bom-crlf.csv'));
    expect(result.problems).toEqual([
      expect.objectContaining({ rule: 'profiles.byte-order-mark', severity: 'warning', line: 1 }),
    ]);
    expect(result.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(result.text.startsWith('AccountNumber,')).toBe(true);
    expect(result.text).not.toContain('\r');
  });

  test('an attribute whose name cannot be a column is an error on the header, and nothing is written', async () => {
    const file = fileWith(
      'ChannelType,Address,User.UserId,Attributes.Favourite colour\nEMAIL,a@example.com,u1,blue\n',
    );
    const result = await convert(file);
    expect(result.problems).toEqual([
      expect.objectContaining({ rule: 'profiles.column-name', severity: 'error', line: 1, column: 33 }),
    ]);
    expect(result.converted).toBeUndefined();
  });

  test('a value longer than a profile field holds is reported on its line and column', async () => {
    const file = fileWith(
      `ChannelType,Address,User.UserId,User.UserAttributes.FirstName\nEMAIL,a@example.com,u1,${'x'.repeat(256)}\n`,
    );
    const result = await convert(file);
    expect(result.problems).toEqual([
      expect.objectContaining({ rule: 'profiles.value-too-long', line: 2, column: 24 }),
    ]);
  });

  test('joined attribute values count together', async () => {
    const rows = Array.from({ length: 30 }, (_, n) => `EMAIL,u${n}@example.com,user-1,${'v'.repeat(9)}${n}`);
    const file = fileWith(['ChannelType,Address,User.UserId,Attributes.Tag', ...rows].join('\n'));
    const result = await convert(file);
    expect(result.problemsByRule['profiles.value-too-long']).toBeGreaterThan(0);
    expect(result.problems[0].line).toBeGreaterThan(2);
  });

  test('an attribute named like the list marker is refused', async () => {
    const file = fileWith('ChannelType,Address,User.UserId,Attributes.x\nEMAIL,a@example.com,u1,1\n');
    const result = await convert(file, { listMarker: { column: 'Attributes.x', value: 'v1' } });
    expect(result.problemsByRule['profiles.marker-column-taken']).toBe(1);
  });

  test('more than 25 custom attributes is a warning (the console limit; the API states none)', async () => {
    const names = Array.from({ length: 25 }, (_, n) => `Attributes.a${n}`);
    const file = fileWith(
      `ChannelType,Address,User.UserId,${names.join(',')}\nEMAIL,a@example.com,u1,${names.map(() => '1').join(',')}\n`,
    );
    const result = await convert(file);
    expect(result.problems).toEqual([
      expect.objectContaining({ rule: 'profiles.many-attributes', severity: 'warning' }),
    ]);
    expect(result.converted).toBeDefined();
  });

  test('unique-key other than User.UserId is refused for a Pinpoint file', async () => {
    const result = await convert('examples/recipients.csv', { uniqueKey: 'Address' });
    expect(result.problems).toEqual([expect.objectContaining({ rule: 'profiles.unique-key-unknown' })]);
    expect((await convert('examples/recipients.csv', { uniqueKey: 'User.UserId' })).errorCount).toBe(0);
  });

  test('a bad list marker is the caller’s error', async () => {
    await expect(
      convert('examples/recipients.csv', { listMarker: { column: 'list newsletter', value: 'v1' } }),
    ).rejects.toThrow(/not a valid column name/);
    await expect(
      convert('examples/recipients.csv', { listMarker: { column: MARKER.column, value: '' } }),
    ).rejects.toThrow(/1 to 255/);
  });

  test('when there are errors, no converted file is left behind', async () => {
    const file = fileWith(
      `ChannelType,Address,User.UserId,User.UserAttributes.FirstName\nEMAIL,a@example.com,u1,${'x'.repeat(300)}\n`,
    );
    const result = await convert(file);
    expect(result.converted).toBeUndefined();
    expect(existsSync(`${file}.rows`)).toBe(false);
  });
});
