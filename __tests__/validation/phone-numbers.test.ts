// The fast path for phone numbers answers "valid" only where libphonenumber-js itself says so
// for the digits as written: checked against the library on numbers near real ones (each
// country's example with digits changed, added or dropped) and on random digits.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/max';
import {
  impossiblePhone,
  libraryImpossibility,
  PHONE_IMPOSSIBLE,
  PHONE_UNKNOWN,
  PHONE_VALID,
  quickVerdict,
  quickVerdictOfBytes,
} from '../../src/validation/rules/phone-numbers.ts';

/** The library's verdict: valid, and read with the digits as written. */
function libraryValid(e164: string): boolean {
  const parsed = parsePhoneNumberFromString(e164, { extract: false });
  return (
    parsed !== undefined &&
    parsed.isValid() &&
    `+${parsed.countryCallingCode}${parsed.nationalNumber}` === e164
  );
}

const countries = Object.keys(examples) as CountryCode[];
const nearReal = fc
  .record({
    country: fc.constantFrom(...countries),
    change: fc.array(fc.tuple(fc.nat(14), fc.integer({ min: 0, max: 9 })), { maxLength: 4 }),
    length: fc.integer({ min: -2, max: 2 }),
    trunk: fc.boolean(),
  })
  .map(({ country, change, length, trunk }) => {
    const digits = [...((trunk ? '0' : '') + examples[country])];
    for (const [at, digit] of change) digits[at % digits.length] = String(digit);
    if (length < 0) digits.length = Math.max(1, digits.length + length);
    else for (let i = 0; i < length; i++) digits.push(String(i));
    return `+${getCountryCallingCode(country)}${digits.join('')}`.slice(0, 16);
  });
const randomDigits = fc.stringMatching(/^[1-9][0-9]{0,14}$/).map((digits) => `+${digits}`);

describe('quickVerdict', () => {
  test('every country\u2019s example number is valid, on the fast path', () => {
    for (const country of countries) {
      const e164 = `+${getCountryCallingCode(country)}${examples[country]}`;
      expect([country, libraryValid(e164)]).toEqual([country, true]);
      expect([country, impossiblePhone(e164)]).toEqual([country, undefined]);
    }
    const fast = countries.filter(
      (c) => quickVerdict(`+${getCountryCallingCode(c)}${examples[c]}`) === PHONE_VALID,
    );
    expect(fast.length).toBeGreaterThan(countries.length * 0.9);
  });

  test('a trunk prefix that matches nothing at the start is no prefix (Argentina\u2019s, all optional)', () => {
    // The library strips nothing and reads the number as written.
    for (const e164 of ['+5491123456789', '+5493415551234', '+542234567890']) {
      expect([e164, quickVerdict(e164)]).toEqual([e164, libraryValid(e164) ? PHONE_VALID : PHONE_IMPOSSIBLE]);
    }
    expect(quickVerdict('+5491123456789')).toBe(PHONE_VALID);
  });

  test('says valid or impossible only where the library does', () => {
    let settled = 0;
    fc.assert(
      fc.property(fc.oneof(nearReal, randomDigits), (e164) => {
        const quick = quickVerdict(e164);
        if (quick === PHONE_VALID) expect([e164, libraryValid(e164)]).toEqual([e164, true]);
        if (quick === PHONE_IMPOSSIBLE) expect([e164, libraryValid(e164)]).toEqual([e164, false]);
        if (quick !== PHONE_UNKNOWN) settled++;
        // And the verdict as a whole, and its reason, are the library's.
        expect([e164, impossiblePhone(e164) === undefined]).toEqual([e164, libraryValid(e164)]);
        expect([e164, impossiblePhone(e164)]).toEqual([e164, libraryImpossibility(e164)]);
      }),
      { seed: 1717, numRuns: 4000 },
    );
    // Most are settled without the library (random digits often begin like a trunk prefix).
    expect(settled).toBeGreaterThan(3200);
  });

  test('on bytes, within a row, is the same as on the text', () => {
    fc.assert(
      fc.property(fc.oneof(nearReal, randomDigits), (e164) => {
        const bytes = Buffer.from(`SMS,${e164},x\n`, 'latin1');
        expect([e164, quickVerdictOfBytes(bytes, 4, 4 + e164.length)]).toEqual([e164, quickVerdict(e164)]);
      }),
      { seed: 1718, numRuns: 2000 },
    );
  });

  test('on bytes, numbers that share their first digits, as a list\u2019s do: the same as on the text', () => {
    // Each country's example with its last six digits replaced, and now and then one of its first changed.
    const sharing = fc
      .record({
        country: fc.constantFrom(...countries),
        last: fc.stringMatching(/^[0-9]{6}$/),
        change: fc.option(fc.tuple(fc.nat(8), fc.integer({ min: 0, max: 9 })), { freq: 3 }),
      })
      .map(({ country, last, change }) => {
        const example = examples[country];
        const digits = [...example.slice(0, Math.max(0, example.length - 6)), ...last];
        if (change !== null) digits[change[0] % digits.length] = String(change[1]);
        return `+${getCountryCallingCode(country)}${digits.join('')}`;
      });
    fc.assert(
      fc.property(sharing, (e164) => {
        const bytes = Buffer.from(`SMS,${e164},x\n`, 'latin1');
        expect([e164, quickVerdictOfBytes(bytes, 4, 4 + e164.length)]).toEqual([e164, quickVerdict(e164)]);
      }),
      { seed: 1719, numRuns: 20_000 },
    );
  });
});
