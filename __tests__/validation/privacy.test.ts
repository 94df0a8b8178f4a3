import { describe, expect, test } from '@jest/globals';
import { maskAddress, redactAddresses } from '../../src/privacy.ts';

describe('maskAddress', () => {
  test('masks an e-mail address, keeping the first letters and the top-level domain', () => {
    expect(maskAddress('jane.doe@example.com')).toBe('j***@e***.com');
    expect(maskAddress('jane@example.com', 'EMAIL')).toBe('j***@e***.com');
  });

  test('masks an E.164 number, keeping the first digit and the last four', () => {
    expect(maskAddress('+16045550182')).toBe('+1******0182');
    expect(maskAddress('+16045550182', 'SMS')).toBe('+1******0182');
    expect(maskAddress('+4412', 'VOICE')).toBe('+4***');
  });

  test('masks a token, keeping only its first characters', () => {
    const token = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
    expect(maskAddress(token, 'APNS')).toBe('a1b2…');
    expect(maskAddress('short', 'GCM')).toBe('…');
    expect(maskAddress('')).toBe('(empty)');
  });

  test('an invalid address for its channel is still masked', () => {
    expect(maskAddress('not-an-email', 'EMAIL')).toBe('n***');
    expect(maskAddress(' padded@example.com ', 'EMAIL')).toBe('p***@e***.com');
    expect(maskAddress('call me maybe', 'SMS')).toBe('ca…');
  });
});

describe('redactAddresses', () => {
  test('masks addresses, numbers and tokens in free text', () => {
    const text =
      'Row 3 failed: jane.doe@example.com is invalid; +16045550182 opted out; token 0123456789abcdef0123456789abcdef01234567 expired.';
    const redacted = redactAddresses(text);
    expect(redacted).toBe(
      'Row 3 failed: j***@e***.com is invalid; +1******0182 opted out; token 0123… expired.',
    );
  });

  test('leaves ordinary text alone', () => {
    const text =
      'AccessDeniedException: User arn:aws:sts::role/x is not authorized to perform mobiletargeting:CreateImportJob';
    expect(redactAddresses(text)).toBe(text);
  });

  test('is idempotent', () => {
    const once = redactAddresses('a@b.co and +33612345678');
    expect(redactAddresses(once)).toBe(once);
  });
});
