// Checks on single values. These run on every row of files with millions of rows, so they
// are written as character-code loops rather than regular expressions where that is easy.

import { LIMITS } from './schema.ts';

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * A mailbox address `local@domain.tld`: one `@`, no spaces or characters that need quoting,
 * a domain of dot-separated labels (letters, digits, hyphens, or non-ASCII for IDNs).
 */
export function isEmail(s: string): boolean {
  const at = s.indexOf('@');
  if (at <= 0 || at > 64 || s.length > LIMITS.emailLength || at !== s.lastIndexOf('@')) return false;
  for (let i = 0; i < at; i++) {
    const c = s.charCodeAt(i);
    // Controls, space, and the specials of RFC 5322 that would need a quoted local part.
    if (c <= 32 || c === 34 || c === 40 || c === 41 || c === 44 || c === 58 || c === 59) return false;
    if (c === 60 || c === 62 || c === 91 || c === 92 || c === 93 || c === 127) return false;
  }
  if (s.charCodeAt(0) === 46 || s.charCodeAt(at - 1) === 46) return false; // leading/trailing dot
  let labelStart = at + 1;
  let dots = 0;
  for (let i = labelStart; i <= s.length; i++) {
    const c = i === s.length ? 46 : s.charCodeAt(i);
    if (c === 46) {
      const length = i - labelStart;
      if (length === 0 || length > 63) return false;
      if (s.charCodeAt(labelStart) === 45 || s.charCodeAt(i - 1) === 45) return false; // hyphen at an end
      if (i < s.length) dots++;
      labelStart = i + 1;
    } else if (!isAsciiLetterOrDigit(c) && c !== 45 && c < 128) {
      return false;
    }
  }
  if (dots === 0) return false;
  // The top-level domain is not numeric (that would be an IP address or a typo).
  const tldStart = s.lastIndexOf('.') + 1;
  return !isDigit(s.charCodeAt(tldStart));
}

/** E.164: `+`, then 1 to 15 digits, the first not 0. */
export function isE164(s: string): boolean {
  const n = s.length;
  if (n < 2 || n > LIMITS.e164Digits + 1 || s.charCodeAt(0) !== 43 || s.charCodeAt(1) === 48) return false;
  for (let i = 1; i < n; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** An APNs device token: hexadecimal digits only. */
export function isHexToken(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isHexDigit(s.charCodeAt(i))) return false;
  return true;
}

/** A plain decimal number: optional sign, digits, optional fraction, optional exponent. */
export function isDecimalNumber(s: string): boolean {
  const n = s.length;
  let i = 0;
  let c = s.charCodeAt(0);
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

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** An ISO-8601 date, or date and time (`2026-11-27`, `2026-11-27T10:00:00Z`, `…+01:00`). */
export function isIsoDate(s: string): boolean {
  const m = ISO_8601.exec(s);
  if (m === null) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return false;
  return true;
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
