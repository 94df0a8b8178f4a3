// A list of recipients is personal data, and the rule is the other way round from a blocklist:
// nothing from a data row is printed unless it is known to be safe. A value is shown only as a
// shape (its kind, its length, its classes of characters, a masked address); column names and
// the action's own words are the only text shown as written, and a column name that looks like
// an address or a credential is shown as a shape too. Everything here is pure string work.
//
//   shapeOf          a value as a shape: `<email j***@e***.de, 22 chars: …>`
//   maskAddress      the same, for an Address of a known channel
//   safeName         a column or field name: as written when it is safe, else its shape
//   redactFailure    a line of Pinpoint's Failures (which may echo a row), field by field
//   redactAddresses  free text from AWS: the addresses and tokens in it masked

import {
  CHANNEL_TYPES,
  CUSTOM_PREFIXES,
  DEMOGRAPHIC_FIELDS,
  FIXED_COLUMNS,
  LOCATION_FIELDS,
} from './validation/rules/schema.ts';

const SMS_LIKE = new Set(['SMS', 'VOICE']);

type Kind = 'email' | 'phone' | 'hex token' | 'number' | 'text';

/**
 * A value as a shape: what it looks like, its length in characters and the classes of
 * characters it holds, e.g. `<email j***@e***.de, 22 chars: letters, non-ASCII letters, symbols . @>`,
 * `<phone +4*******4567, 18 chars: digits, spaces, symbols ( ) + ->`, `<text, 8 chars: letters, spaces>`.
 * The whole value is read (never a cut piece of it), and at most one character of a name or
 * domain, a short top-level domain and a phone number's first digit and last four are shown.
 */
export function shapeOf(value: string): string {
  return shape(value, kindOf(value));
}

/**
 * An Address as a shape, read as its channel's kind of address: `EMAIL` as an e-mail address,
 * `SMS` and `VOICE` as a phone number, others as a token. Without a channel, its look decides.
 */
export function maskAddress(value: string, channelType?: string): string {
  const channel = channelType?.toUpperCase();
  if (channel === undefined) return shapeOf(value);
  if (channel === 'EMAIL') return shape(value, value.includes('@') ? 'email' : 'text');
  if (SMS_LIKE.has(channel)) return shape(value, digitCount(value) > 0 ? 'phone' : 'text');
  return shape(value, /^[0-9a-fA-F]+$/.test(value) ? 'hex token' : 'text');
}

function kindOf(value: string): Kind {
  const at = value.lastIndexOf('@');
  if (at > 0 && at < value.length - 1) return 'email';
  if (/^[+-]?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?$/.test(value) && !/^\+?\d{7,}$/.test(value)) return 'number';
  if (/^[\s+().\-/\p{Nd}]+$/u.test(value) && digitCount(value) >= 5) return 'phone';
  if (/^[0-9a-fA-F]{16,}$/.test(value)) return 'hex token';
  return 'text';
}

function shape(value: string, kind: Kind): string {
  if (value.length === 0) return '(empty)';
  const { chars, classes } = characterClasses(value);
  const mask = kind === 'email' ? ` ${emailMask(value)}` : kind === 'phone' ? ` ${phoneMask(value)}` : '';
  const shown = kind === 'number' || kind === 'hex token' ? '' : `: ${classes}`;
  return `<${kind}${mask}, ${chars} char${chars === 1 ? '' : 's'}${shown}>`;
}

/** One character, when it is a letter or a digit (anything else could be a control character). */
function initial(text: string): string {
  const trimmed = text.trim();
  const first = trimmed.length > 0 ? String.fromCodePoint(trimmed.codePointAt(0)!) : '';
  return /^[\p{L}\p{N}]$/u.test(first) ? first : '*';
}

function emailMask(address: string): string {
  const at = address.lastIndexOf('@');
  const domain = address.slice(at + 1).trim();
  const dot = domain.lastIndexOf('.');
  // The top-level domain is kept only when it is short and plain enough to say nothing about the person.
  const tld = dot > 0 && /^\.[A-Za-z]{2,6}$/.test(domain.slice(dot)) ? domain.slice(dot) : '';
  return `${initial(address.slice(0, at))}***@${initial(domain)}***${tld}`;
}

function digitCount(value: string): number {
  return value.replace(/\D/g, '').length;
}

function phoneMask(value: string): string {
  const plus = value.trim().startsWith('+') ? '+' : '';
  const digits = value.replace(/\D/g, '');
  if (digits.length === 0) return `${plus}***`;
  // The first digit and the last four, as on a bank statement; short numbers keep the first only.
  const tail = digits.length >= 8 ? digits.slice(-4) : '';
  return `${plus}${digits[0]}${'*'.repeat(Math.max(digits.length - 1 - tail.length, 1))}${tail}`;
}

// Classes of characters, in the order they are named; bit i of a mask stands for CLASSES[i].
const CLASSES = [
  'letters',
  'non-ASCII letters',
  'digits',
  'spaces',
  'tabs',
  'line breaks',
  'other spaces',
  'control characters',
  'invisible characters',
  'other characters',
] as const;
const [
  LETTERS,
  NON_ASCII_LETTERS,
  DIGITS,
  SPACES,
  TABS,
  LINE_BREAKS,
  OTHER_SPACES,
  CONTROL,
  INVISIBLE,
  OTHER,
] = CLASSES.map((_, i) => 1 << i);

/**
 * The number of characters (code points) in a value and the classes they belong to; ASCII
 * symbols are named one by one, apart. One pass over the value, with a regular expression only
 * for a non-ASCII character: messages are built for every problem of a file.
 */
function characterClasses(value: string): { chars: number; classes: string } {
  let found = 0;
  let chars = 0;
  let symbols = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    chars++;
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) found |= LETTERS;
      else if (c >= 48 && c <= 57) found |= DIGITS;
      else if (c === 32) found |= SPACES;
      else if (c === 9) found |= TABS;
      else if (c === 10 || c === 13) found |= LINE_BREAKS;
      else if (c > 32 && c < 127) {
        if (!symbols.includes(value[i])) symbols += value[i];
      } else found |= CONTROL;
      continue;
    }
    const code = value.codePointAt(i)!;
    const character = String.fromCodePoint(code);
    if (code > 0xffff) i++;
    if (/\p{L}|\p{M}/u.test(character)) found |= NON_ASCII_LETTERS;
    else if (/\p{Nd}/u.test(character)) found |= DIGITS;
    else if (/\s/.test(character)) found |= OTHER_SPACES;
    else if (/\p{Cc}/u.test(character)) found |= CONTROL;
    else if (/\p{Cf}/u.test(character)) found |= INVISIBLE;
    else found |= OTHER;
  }
  const named: string[] = CLASSES.filter((_, i) => found & (1 << i));
  if (symbols.length > 0)
    named.push(`symbols ${symbols.length === 1 ? symbols : [...symbols].sort().join(' ')}`);
  return { chars, classes: named.join(', ') };
}

// A credential where a column name should be: AWS access key IDs, GitHub and Slack tokens, JWTs,
// private keys, and any long run of letters and digits (a key or a token of some other kind).
const CREDENTIAL =
  /(?:A3T[A-Z0-9]|AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_|xox[abprs]-|eyJ[\w-]{8,}\.|-----BEGIN|\bsk_(?:live|test)_|(?=[\w+/=-]*\d)(?=[\w+/=-]*[A-Za-z])[\w+/=-]{24,}/;
const NAME_MAX_CHARS = 200;

/**
 * A column name (from the header) or a field name (an NDJSON key), as written when that is
 * safe; as a shape when it looks like an address, a phone number, a device token or a
 * credential, holds control or invisible characters, or is very long.
 */
export function safeName(name: string): string {
  const looksUnsafe =
    name.length === 0 ||
    name.length > NAME_MAX_CHARS ||
    name.includes('@') ||
    /\p{C}/u.test(name) ||
    digitCount(name) >= 7 ||
    /[0-9a-fA-F]{16,}/.test(name) ||
    CREDENTIAL.test(name);
  return looksUnsafe ? shapeOf(name) : name;
}

// The words of Pinpoint's and AWS's messages about a refused row or a failed job (and of the
// local stand-in's): a word of a failure is shown only if it is one of these, a column name of
// Pinpoint's, or a small number after one of them. Anything else is the row's, and is shown as a shape.
const FAILURE_WORDS = new Set(
  `a an and are as at be because been but by can cannot could did does done exist exists for from has
  have in into is it its may more most must need needs no not of on once one only or out over per
  should since so than that the their there these this to too under was were when where which while
  with without you your
  line lines row rows column columns value values field fields header headers attribute attributes
  name names key keys endpoint endpoints address addresses channel channels type types user users id
  ids character characters byte bytes kb mb gb limit limits exceeds exceeded exceed range number
  numbers numeric date dates time iso iso-8601 8601 e.164 phone email e-mail device token tokens json
  object objects csv file files format tab tabs break breaks quote quotes quoted unbalanced malformed
  invalid valid missing empty unknown required larger longer shorter large long allowed maximum
  minimum new existing update updates custom together metric metrics appears appear once opted
  optout opt all none effectivedate internal error errors failed failure failures fail processing
  process processed import imported imports job jobs piece pieces unable read reading access
  accessdenied denied forbidden assume assumed role roles trust policy policies relationship
  service principal amazon s3 kms sts iam bucket buckets specified list found nosuchbucket
  nosuchkey uncompressed compressed supported upload uploaded ciphertext customer master
  decrypt encrypt status code request authorized permission permissions identity-based allows
  action resource segment segments pinpoint aws parse parsed duplicate duplicated twice
  skipped rejected refused wrong unsupported not-a-number nan contains contain perform allow
  role's refers specify check retry again later`
    .split(/\s+/)
    .filter((word) => word !== ''),
);
const SCHEMA_NAMES = new Set<string>([
  ...CHANNEL_TYPES,
  ...FIXED_COLUMNS.keys(),
  ...DEMOGRAPHIC_FIELDS,
  ...LOCATION_FIELDS,
  'Demographic',
  'Location',
  'Attributes',
  'Metrics',
  'User',
  'UserId',
  'UserAttributes',
]);
/** Words after which a number is a line or a count, never part of the row. */
const NUMBERED = /^(?:line|row|rows|lines|position|column|piece|pieces)$/i;
// Kept whole: ARNs (without an @ or a comma, which would let them run into the next field of a row),
// S3 URLs, IAM actions and AWS service principals: they name the job's own resources.
const AWS_NAME =
  /arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{0,12}:[A-Za-z0-9_+=./:-]*[A-Za-z0-9_+=/-]|s3:\/\/[a-z0-9][a-z0-9.-]{0,62}(?:\/[A-Za-z0-9_./-]*)?|\b(?:s3|kms|sts|iam|mobiletargeting):[A-Z][A-Za-z]+\b|\b[a-z0-9-]+\.amazonaws\.com\b/g;
const SEPARATORS = /([\s,;:"{}[\]\\|=]+)/;

/**
 * A line of an import job's Failures with everything that could come from the file shown as
 * a shape, field by field. The wording of these lines is not documented and the local stand-in
 * echoes the refused row in them, as a real service may: so only Pinpoint's and AWS's own words,
 * the names of Pinpoint's columns, small counts, line numbers, ARNs and S3 URLs stay; each run of
 * other words (a value, or a value with spaces) becomes one shape, and a JSON key is shown as a
 * name.
 */
export function redactFailure(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(AWS_NAME)) {
    out += redactFields(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + redactFields(text.slice(last));
}

// A quoted string, as JSON or CSV quote it; followed by a colon, it is a JSON key.
const QUOTED = /"((?:[^"\\]|\\.|"")*)"(?=(\s*:)?)/g;

/** A quoted string is one field: a key is a name, anything else a value. */
function redactFields(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(QUOTED)) {
    const [, content, colon] = match;
    out += redactWords(text.slice(last, match.index));
    out += `"${colon !== undefined ? safeName(content) : SCHEMA_NAMES.has(content) ? content : shapeOf(content)}"`;
    last = match.index + match[0].length;
  }
  return out + redactWords(text.slice(last));
}

function redactWords(text: string): string {
  // Alternately words and separators: parts[0], parts[2]… are words (possibly empty).
  const parts = text.split(SEPARATORS);
  const safe = parts.map((part, i) => i % 2 === 1 || part === '' || isSafeWord(parts, i));
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    if (safe[i]) {
      // A separator's white space is the file's too (U+2028, a no-break space): shown as a space.
      out += i % 2 === 1 ? parts[i].replace(/\s/g, ' ') : parts[i];
      continue;
    }
    // A run of unsafe words joined by spaces alone is one value ("Jane Doe", "+49 170 1234567").
    let end = i;
    while (end + 2 < parts.length && /^ +$/.test(parts[end + 1]) && !safe[end + 2]) end += 2;
    out += shapeOf(parts.slice(i, end + 1).join(''));
    i = end;
  }
  return out;
}

function isSafeWord(parts: string[], i: number): boolean {
  const word = parts[i];
  const core = word.replace(/^[().!?']+|[().!?']+$/g, '');
  if (core === '') return true;
  if (FAILURE_WORDS.has(core.toLowerCase()) || SCHEMA_NAMES.has(core)) return true;
  for (const prefix of CUSTOM_PREFIXES.keys())
    if (core.startsWith(prefix) && core.length > prefix.length) return safeName(core) === core;
  if (/^\d+$/.test(core) && i >= 2 && /^ $/.test(parts[i - 1])) {
    const before = parts[i - 2].replace(/^[().!?']+|[().!?']+$/g, '');
    if (NUMBERED.test(before)) return true;
    return core.length <= 3 && FAILURE_WORDS.has(before.toLowerCase());
  }
  return false;
}

// What an address looks like inside free text. The patterns are deliberately generous:
// masking something that was not an address costs little, printing one costs a lot.
// An address starts where a run of its characters starts (the lookbehind): otherwise a long run
// without an `@` would be scanned again from each of its characters, in time square in its length.
const EMAIL_IN_TEXT =
  /(?<![^\s@<>()[\]\\,;:"])[^\s@<>()[\]\\,;:"]+@[\p{L}\p{N}\p{M}-]+(?:\.[\p{L}\p{N}\p{M}-]+)+/gu;
const TOKEN_IN_TEXT = /(?<![\w+=-])(?:[0-9a-fA-F]{32,}|[\w+-]{40,}={0,2})(?![\w+=-])/g;
const PINPOINT_ID = /^[0-9a-f]{32}$/;
const NOT_A_PHONE = /^(?:\d{4}-\d\d-\d\d|\d{1,3}(?:\.\d{1,3}){3}(?!\d))/;
const PHONE_IN_TEXT = /(?<![\w+*:])\+?\(?\d[\d ().-]{5,}\d(?![\w*])/g;

/**
 * Masks every e-mail address (non-ASCII ones too), phone number (with spaces, brackets or
 * dashes too) and long hexadecimal or base64 token found in free text, e.g. an AWS error
 * message or an unexpected error: `j***@e***.com`, `+1******0182`, `0123…`.
 */
export function redactAddresses(text: string): string {
  return (
    text
      .replace(EMAIL_IN_TEXT, (email) => emailMask(email))
      .replace(TOKEN_IN_TEXT, (token, offset: number, whole: string) =>
        // Not tokens: a long run of letters only (a word, an identifier in camel case); Pinpoint's
        // own job, segment and project IDs (exactly 32 hex digits), which users need to read; and a
        // path component such as the content-derived S3 key (`.../<sha256>.csv`).
        !/\d/.test(token) || PINPOINT_ID.test(token) || whole[offset - 1] === '/'
          ? token
          : `${token.slice(0, 4)}…`,
      )
      // The account ID field of an ARN (`arn:aws:iam::111111111111:role/x`) is not a phone number,
      // nor are a date (2026-11-27) and an IPv4 address.
      .replace(PHONE_IN_TEXT, (phone, offset: number, whole: string) =>
        digitCount(phone) < 7 ||
        digitCount(phone) > 15 ||
        whole[offset + phone.length] === ':' ||
        NOT_A_PHONE.test(phone)
          ? phone
          : phoneMask(phone),
      )
  );
}
