import { describe, expect, test } from '@jest/globals';
import { maskAddress, redactAddresses, safeName, shapeOf } from '../../src/privacy.ts';

describe('shapeOf', () => {
  test('an e-mail address, ASCII or not: masked, with its length and classes of characters', () => {
    expect(shapeOf('jane.doe@example.com')).toBe('<email j***@e***.com, 20 chars: letters, symbols . @>');
    expect(shapeOf('jöhn.müller@exämple.de')).toBe(
      '<email j***@e***.de, 22 chars: letters, non-ASCII letters, symbols . @>',
    );
    expect(shapeOf('名前@例え.jp')).toBe(
      '<email 名***@例***.jp, 8 chars: letters, non-ASCII letters, symbols . @>',
    );
    // A long or unusual top-level domain is not shown.
    expect(shapeOf('a@b.example')).toBe('<email a***@b***, 11 chars: letters, symbols . @>');
  });

  test('a phone number as people write it: the first digit and the last four', () => {
    expect(shapeOf('+16045550182')).toBe('<phone +1******0182, 12 chars: digits, symbols +>');
    expect(shapeOf('+49 (170) 123-4567')).toBe(
      '<phone +4*******4567, 18 chars: digits, spaces, symbols ( ) + ->',
    );
    expect(shapeOf('604 555')).toBe('<phone 6*****, 7 chars: digits, spaces>');
  });

  test('anything else: its kind, length and classes only', () => {
    expect(shapeOf('Jane Doe')).toBe('<text, 8 chars: letters, spaces>');
    expect(shapeOf('user-12345')).toBe('<text, 10 chars: letters, digits, symbols ->');
    expect(shapeOf('a1b2c3d4e5f60718')).toBe('<hex token, 16 chars>');
    expect(shapeOf('42.5')).toBe('<number, 4 chars>');
    expect(shapeOf('NONE\t')).toBe('<text, 5 chars: letters, tabs>');
    expect(shapeOf('\u200bx\u0007')).toBe(
      '<text, 3 chars: letters, control characters, invisible characters>',
    );
    expect(shapeOf('')).toBe('(empty)');
  });

  test('a long value is read whole, never cut before it is recognised', () => {
    const address = `${'a'.repeat(60)}@example.com`;
    expect(shapeOf(address)).toBe('<email a***@e***.com, 72 chars: letters, symbols . @>');
  });
});

describe('maskAddress', () => {
  test("reads the address as its channel's kind", () => {
    expect(maskAddress('jane@example.com', 'EMAIL')).toBe(
      '<email j***@e***.com, 16 chars: letters, symbols . @>',
    );
    expect(maskAddress('not-an-email', 'EMAIL')).toBe('<text, 12 chars: letters, symbols ->');
    expect(maskAddress('+4412', 'VOICE')).toBe('<phone +4***, 5 chars: digits, symbols +>');
    expect(maskAddress('call me maybe', 'SMS')).toBe('<text, 13 chars: letters, spaces>');
    expect(maskAddress('a1b2c3d4', 'APNS')).toBe('<hex token, 8 chars>');
    expect(maskAddress('<a1b2 c3d4>', 'APNS')).toBe('<text, 11 chars: letters, digits, spaces, symbols < >>');
  });
});

describe('safeName', () => {
  test('a column name is shown as written', () => {
    expect(safeName('Attributes.Favourite colour')).toBe('Attributes.Favourite colour');
    expect(safeName('Adress')).toBe('Adress');
  });

  test('a name that looks like an address or a credential is a shape', () => {
    expect(safeName('jane@example.com')).toBe('<email j***@e***.com, 16 chars: letters, symbols . @>');
    expect(safeName('+16045550182')).toBe('<phone +1******0182, 12 chars: digits, symbols +>');
    expect(safeName('AKIAIOSFODNN7EXAMPLE')).toBe('<text, 20 chars: letters, digits>');
    expect(safeName('ghp_abcdefghijklmnopqrstuvwxyz0123')).toMatch(/^<text, 34 chars/);
    expect(safeName('Attributes.\u0007')).toMatch(/^<text, 12 chars: .*control characters/);
  });
});

describe('redactAddresses', () => {
  test('masks addresses, numbers and tokens in free text', () => {
    const text =
      'Row 3 failed: jane.doe@example.com is invalid; +16045550182 opted out; token 0123456789abcdef0123456789abcdef01234567 expired.';
    expect(redactAddresses(text)).toBe(
      'Row 3 failed: j***@e***.com is invalid; +1******0182 opted out; token 0123… expired.',
    );
  });

  test('non-ASCII addresses and phone numbers with spaces, brackets or dashes too', () => {
    expect(redactAddresses('from jöhn.müller@exämple.de and 名前@例え.jp')).toBe(
      'from j***@e***.de and 名***@例***.jp',
    );
    expect(redactAddresses('call +49 (170) 123-4567 or 604-555-0182.')).toBe(
      'call +4*******4567 or 6*****0182.',
    );
  });

  test('leaves ordinary text, dates and ARNs alone', () => {
    const text =
      'AccessDeniedException: User arn:aws:sts::111111111111:assumed-role/x/y is not authorized to perform mobiletargeting:CreateImportJob at 2026-11-27 from 10.0.12.1';
    expect(redactAddresses(text)).toBe(text);
  });

  test('is idempotent', () => {
    const once = redactAddresses('a@b.co and +33612345678 and jöhn@exämple.de');
    expect(redactAddresses(once)).toBe(once);
  });
});
