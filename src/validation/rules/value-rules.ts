// Checks on single values. These run on every row of files with millions of rows, so they
// are written as character-code loops rather than regular expressions where that is easy.

import { LIMITS } from './schema.ts';

const fromCodes = String.fromCharCode;

/**
 * ASCII bytes as a string. One of 6 to 12 bytes (a phone number's national digits, a
 * coordinate: one a row) is made by String.fromCharCode, an argument a byte, in half the time
 * of a call into Buffer's latin1Slice, which makes the others (without toString's checks of
 * its arguments).
 */
export function asciiText(bytes: Buffer, from: number, to: number): string {
  const b = bytes;
  const f = from;
  // prettier-ignore
  switch (to - from) {
    case 6: return fromCodes(b[f], b[f + 1], b[f + 2], b[f + 3], b[f + 4], b[f + 5]);
    case 7: return fromCodes(b[f], b[f + 1], b[f + 2], b[f + 3], b[f + 4], b[f + 5], b[f + 6]);
    case 8: return fromCodes(b[f], b[f + 1], b[f + 2], b[f + 3], b[f + 4], b[f + 5], b[f + 6], b[f + 7]);
    case 9: return fromCodes(b[f], b[f + 1], b[f + 2], b[f + 3], b[f + 4], b[f + 5], b[f + 6], b[f + 7], b[f + 8]);
    case 10: return fromCodes(b[f], b[f + 1], b[f + 2], b[f + 3], b[f + 4], b[f + 5], b[f + 6], b[f + 7], b[f + 8], b[f + 9]);
    case 11: return fromCodes(b[f], b[f + 1], b[f + 2], b[f + 3], b[f + 4], b[f + 5], b[f + 6], b[f + 7], b[f + 8], b[f + 9], b[f + 10]);
    case 12: return fromCodes(b[f], b[f + 1], b[f + 2], b[f + 3], b[f + 4], b[f + 5], b[f + 6], b[f + 7], b[f + 8], b[f + 9], b[f + 10], b[f + 11]);
  }
  return (bytes as Buffer & { latin1Slice(from: number, to: number): string }).latin1Slice(from, to);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** ASCII characters allowed in the local part of an address (RFC 5322 atext and the dot). */
export const LOCAL_PART = new Uint8Array(128);
/** ASCII characters allowed in a domain label: letters, digits, hyphen. */
export const DOMAIN = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  LOCAL_PART[c] = alnum || "!#$%&'*+-/=?^_`{|}~.".includes(String.fromCharCode(c)) ? 1 : 0;
  DOMAIN[c] = alnum || c === 45 ? 1 : 0;
}

/** What `emailSyntax` found. */
export const EMAIL_INVALID = 0;
export const EMAIL_ASCII = 1;
/** Valid in form, with a non-ASCII character somewhere (to be looked at more closely). */
export const EMAIL_NON_ASCII = 2;

/**
 * A mailbox address `local@domain.tld`: one `@`, no spaces or characters that need quoting,
 * no two dots in a row, a domain of dot-separated labels (letters, digits, hyphens, or
 * non-ASCII for IDNs). In `s`, or in its stretch from `from` to `to` (a value inside a part of a CSV file).
 * Returns EMAIL_INVALID, EMAIL_ASCII, or EMAIL_NON_ASCII when the form is right but a
 * character is not ASCII (which SES takes only in a domain, and then in Punycode).
 */
export function emailSyntax(s: string, from = 0, to = s.length): number {
  const n = to;
  let at = s.indexOf('@', from);
  if (at >= to) at = -1;
  if (at <= from || at - from > 64 || to - from > LIMITS.emailLength) return EMAIL_INVALID;
  let nonAscii = false;
  let previous = 0;
  for (let i = from; i < at; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) nonAscii = true;
    else if (LOCAL_PART[c] === 0 || (c === 46 && previous === 46)) return EMAIL_INVALID;
    previous = c;
  }
  if (s.charCodeAt(from) === 46 || s.charCodeAt(at - 1) === 46) return EMAIL_INVALID; // leading/trailing dot
  let labelStart = at + 1;
  let dots = 0;
  let lastDot = -1;
  for (let i = labelStart; i <= n; i++) {
    const c = i === n ? 46 : s.charCodeAt(i);
    if (c === 46) {
      const length = i - labelStart;
      if (length === 0 || length > 63) return EMAIL_INVALID;
      if (s.charCodeAt(labelStart) === 45 || s.charCodeAt(i - 1) === 45) return EMAIL_INVALID; // hyphen at an end
      if (i < n) {
        dots++;
        lastDot = i;
      }
      labelStart = i + 1;
    } else if (c >= 128) {
      nonAscii = true;
    } else if (DOMAIN[c] === 0) {
      return EMAIL_INVALID; // includes a second @
    }
  }
  if (dots === 0) return EMAIL_INVALID;
  // The top-level domain is not numeric (that would be an IP address or a typo).
  if (isDigit(s.charCodeAt(lastDot + 1))) return EMAIL_INVALID;
  return nonAscii ? EMAIL_NON_ASCII : EMAIL_ASCII;
}

/** Whether `s` (or its stretch from `from` to `to`) is a mailbox address in form (see emailSyntax). */
export function isEmail(s: string, from = 0, to = s.length): boolean {
  return emailSyntax(s, from, to) !== EMAIL_INVALID;
}

/**
 * Characters that show as nothing or as a plain space: format characters (zero-width space
 * U+200B, soft hyphen U+00AD, zero-width joiners, byte-order mark, direction marks…), spaces
 * other than the ASCII one (no-break space U+00A0…) and the Unicode line separators.
 */
export const INVISIBLE = /[\p{Cf}\p{Zs}\u2028\u2029]/u;

/** Whether the value holds only ASCII digits, 1 to 15 of them, the first not 0. */
export function isBareInternationalNumber(s: string, from = 0, to = s.length): boolean {
  const n = to - from;
  if (n < 1 || n > LIMITS.e164Digits || s.charCodeAt(from) === 48) return false;
  for (let i = from; i < to; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** E.164: `+`, then 1 to 15 digits, the first not 0 (in `s`, or its stretch from `from` to `to`). */
export function isE164(s: string, from = 0, to = s.length): boolean {
  const n = to - from;
  if (n < 2 || n > LIMITS.e164Digits + 1 || s.charCodeAt(from) !== 43 || s.charCodeAt(from + 1) === 48)
    return false;
  for (let i = from + 1; i < to; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** An APNs device token: hexadecimal digits only (in `s`, or its stretch from `from` to `to`). */
export function isHexToken(s: string, from = 0, to = s.length): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isHexDigit(s.charCodeAt(i))) return false;
  return true;
}

/**
 * A plain decimal number: optional sign, digits, optional fraction, optional exponent.
 * `from` and `to` check a stretch of `s` without copying it (a value inside a part of a CSV file).
 */
export function isDecimalNumber(s: string, from = 0, to = s.length): boolean {
  const n = to;
  let i = from;
  let c = s.charCodeAt(from);
  if (c === 43 || c === 45) i++;
  let digits = 0;
  while (i < n && isDigit(s.charCodeAt(i))) {
    i++;
    digits++;
  }
  if (i < n && s.charCodeAt(i) === 46) {
    i++;
    while (i < n && isDigit(s.charCodeAt(i))) {
      i++;
      digits++;
    }
  }
  if (digits === 0) return false;
  if (i < n && (s.charCodeAt(i) | 32) === 101) {
    i++;
    c = s.charCodeAt(i);
    if (c === 43 || c === 45) i++;
    const exponentStart = i;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    if (i === exponentStart) return false;
  }
  return i === n;
}

/** A number within [-limit, limit] (latitude 90, longitude 180). */
export function isCoordinate(s: string, limit: number): boolean {
  if (!isDecimalNumber(s)) return false;
  const value = Number(s);
  return value >= -limit && value <= limit;
}

/** Two digits at `s[i]` as a number, or -1. */
function twoDigits(s: string, i: number): number {
  const tens = s.charCodeAt(i) - 48;
  const units = s.charCodeAt(i + 1) - 48;
  // Past the end, charCodeAt gives NaN, which fails both comparisons.
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
}

/**
 * The start of a date and time, `YYYY-MM-DDTHH:MM`, a character at a time: -1 for a digit, or
 * the character itself; and for a digit, the number it is part of (year, month, day, hour,
 * minute: see DATE_TIME_NUMBERS).
 */
const DATE_TIME_FORM = Int16Array.from('DDDD-DD-DDTDD:DD', (c) => (c === 'D' ? -1 : c.charCodeAt(0)));
const DATE_TIME_PART = Int8Array.from([0, 0, 0, 0, -1, 1, 1, -1, 2, 2, -1, 3, 3, -1, 4, 4]);
const DATE_TIME_NUMBERS = new Int32Array(5);

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** OptOut's value, in `s` or its stretch from `from` to `to`: ALL (opted out) or NONE (opted in). */
export function isOptOut(s: string, from = 0, to = s.length): boolean {
  return (to - from === 4 && s.startsWith('NONE', from)) || (to - from === 3 && s.startsWith('ALL', from));
}

/**
 * An ISO-8601 date, or date and time: `2026-11-27`, `2026-11-27T10:00`, `2026-11-27T10:00:00Z`,
 * `2026-11-27T10:00:00.123+01:00`; in `s`, or in its stretch from `from` to `to`.
 */
export function isIsoDate(s: string, from = 0, to = s.length): boolean {
  const o = from;
  const n = to - from;
  // A date alone, or with a time: THH:MM, then optionally :SS and a fraction, then optionally
  // Z or an offset.
  if (n < 10 || (n > 10 && n < 16)) return false;
  // The date, and the time's hour and minute, read in one loop: compiled code is large for each
  // place that reads a character of a string, and this runs on every NDJSON line with a date.
  const numbers = DATE_TIME_NUMBERS.fill(0);
  for (let k = 0, end = n === 10 ? 10 : 16; k < end; k++) {
    const c = s.charCodeAt(o + k);
    const form = DATE_TIME_FORM[k];
    if (form >= 0) {
      if (c !== form) return false;
    } else {
      const digit = c - 48;
      if (!(digit >= 0 && digit <= 9)) return false;
      const part = DATE_TIME_PART[k];
      numbers[part] = numbers[part] * 10 + digit;
    }
  }
  const month = numbers[1];
  const day = numbers[2];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(numbers[0], month)) return false;
  if (n === 10) return true;
  if (numbers[3] > 23 || numbers[4] > 59) return false;
  let i = 16;
  if (i < n && s.charCodeAt(o + i) === 58) {
    const second = twoDigits(s, o + i + 1);
    if (second < 0 || second > 59) return false;
    i += 3;
    if (i < n && s.charCodeAt(o + i) === 46) {
      const fractionStart = ++i;
      while (i < n && isDigit(s.charCodeAt(o + i))) i++;
      if (i === fractionStart || i - fractionStart > 9) return false;
    }
  }
  if (i === n) return true;
  const c = s.charCodeAt(o + i);
  if (c === 90) return i + 1 === n; // Z
  if (c !== 43 && c !== 45) return false;
  // An offset: +HH, +HHMM or +HH:MM.
  const offsetHours = twoDigits(s, o + i + 1);
  if (offsetHours < 0 || offsetHours > 23) return false;
  if (i + 3 === n) return true;
  const minutesAt = s.charCodeAt(o + i + 3) === 58 ? i + 4 : i + 3;
  const offsetMinutes = twoDigits(s, o + minutesAt);
  return n - minutesAt === 2 && offsetMinutes >= 0 && offsetMinutes <= 59;
}

/** UTF-8 length of a string, without encoding it. */
export function utf8Length(s: string): number {
  let bytes = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) {
      if (c < 0x800) bytes += 1;
      else if (c >= 0xd800 && c <= 0xdbff) {
        bytes += 2; // a surrogate pair: 4 bytes for its 2 code units
        i++;
      } else bytes += 2;
    }
  }
  return bytes;
}
