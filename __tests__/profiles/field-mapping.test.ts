import { describe, expect, test } from '@jest/globals';
import { ActionError } from '../../src/errors.ts';
import { parseFieldMapping } from '../../src/profiles/field-mapping.ts';

function failure(text: string): ActionError {
  try {
    parseFieldMapping(text);
  } catch (error) {
    if (error instanceof ActionError) return error;
    throw error;
  }
  throw new Error('expected an ActionError');
}

describe('parseFieldMapping', () => {
  test('reads YAML', () => {
    const mapping = parseFieldMapping(
      'email: EmailAddress\ncustomer_no: AccountNumber\ntier: Attributes.tier\nnote: null\n',
    );
    expect([...mapping]).toEqual([
      ['email', 'EmailAddress'],
      ['customer_no', 'AccountNumber'],
      ['tier', 'Attributes.tier'],
      ['note', null],
    ]);
  });

  test('reads JSON, and accepts the _profile. prefix', () => {
    const mapping = parseFieldMapping(
      '{"city": "_profile.Address.City", "zip": "ShippingAddress.PostalCode"}',
    );
    expect([...mapping]).toEqual([
      ['city', 'Address.City'],
      ['zip', 'ShippingAddress.PostalCode'],
    ]);
  });

  test('an empty input maps nothing', () => {
    expect(parseFieldMapping('').size).toBe(0);
  });

  test('a syntax error says where', () => {
    const error = failure('email: EmailAddress\n  bad: [');
    expect(error.message).toMatch(/^field-mapping is not valid YAML or JSON: .* at line \d+, column \d+\.$/);
    expect(error.fix).toMatch(/column: ProfileField/);
  });

  test('a column given twice', () => {
    expect(failure('email: EmailAddress\nemail: PhoneNumber').message).toMatch(/unique at line 2/);
  });

  test('not a map', () => {
    expect(failure('- EmailAddress').message).toBe(
      'field-mapping must be a map of column to profile field, not a list.',
    );
    expect(failure('EmailAddress').message).toBe(
      'field-mapping must be a map of column to profile field, not a string.',
    );
  });

  test('an unknown profile field, with a "did you mean"', () => {
    expect(failure('email: Emailaddress').message).toContain('Did you mean EmailAddress?');
    expect(failure('email: Email').message).toMatch(/"Email", which is not a profile field/);
    expect(failure('n: 42').message).toMatch(/maps n to 42/);
  });

  test('a column name Customer Profiles cannot take', () => {
    expect(failure('"first name": FirstName').message).toMatch(
      /"first name", which Customer Profiles cannot take/,
    );
  });

  test('two columns for one field', () => {
    expect(failure('a: EmailAddress\nb: _profile.EmailAddress').message).toBe(
      'field-mapping maps both a and b to EmailAddress: a profile field takes one column.',
    );
  });
});
